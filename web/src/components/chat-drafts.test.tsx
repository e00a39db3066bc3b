/**
 * Chat drafts (issue 15): the draft clears as a line is sent, so what is typed while the room
 * answers is the next line, kept whole; lines typed back to back are sent in order; a line that
 * fails comes back into the draft only if the draft is empty (never over newer text).
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { ChatMessage } from "../../../contracts/room-state";
import { ApiError } from "../lib/api";
import { ChatPanel } from "./ChatPanel";

/** A send whose answers the test gives, one by one, in the order the lines were sent. */
function pendingSends() {
  const calls: { text: string; resolve(): void; reject(e: unknown): void }[] = [];
  const send = (text: string) => new Promise<unknown>((resolve, reject) => void calls.push({ text, resolve: () => resolve({ ok: true }), reject }));
  return { calls, send };
}

function renderChat(send: (text: string) => Promise<unknown>) {
  render(<ChatPanel chat={new Y.Doc().getArray<ChatMessage>("chat")} myUserId="u1" role="interviewer" send={send} />);
  const box = screen.getByLabelText("Message") as HTMLTextAreaElement;
  const type = (text: string) => fireEvent.change(box, { target: { value: text } });
  const enter = () => fireEvent.keyDown(box, { key: "Enter" });
  return { box, type, enter };
}

const settle = () => act(async () => {});

describe("chat drafts", () => {
  it("clears the draft at send time and keeps what is typed while the line is in flight", async () => {
    const { calls, send } = pendingSends();
    const { box, type, enter } = renderChat(send);
    type("first");
    enter();
    expect(box.value).toBe("");
    type("second, half typ");
    await settle();
    calls[0].resolve();
    await settle();
    expect(box.value).toBe("second, half typ");
  });

  it("sends lines typed back to back in order, each after the one before it", async () => {
    const { calls, send } = pendingSends();
    const { type, enter } = renderChat(send);
    type("one");
    enter();
    type("two");
    enter();
    await settle();
    expect(calls.map((c) => c.text)).toEqual(["one"]);
    calls[0].resolve();
    await settle();
    expect(calls.map((c) => c.text)).toEqual(["one", "two"]);
  });

  it("a failed line comes back into an empty draft with the reason, but never over newer text", async () => {
    const { calls, send } = pendingSends();
    const { box, type, enter } = renderChat(send);
    type("lost line");
    enter();
    await settle();
    calls[0].reject(new ApiError(0, "network", "offline"));
    await settle();
    expect(box.value).toBe("lost line");
    expect(screen.getByRole("alert").textContent).not.toBe("");

    enter(); // again; this time something newer is typed before it fails
    type("newer");
    await settle();
    calls[1].reject(new ApiError(0, "network", "offline"));
    await settle();
    expect(box.value).toBe("newer");
  });
});
