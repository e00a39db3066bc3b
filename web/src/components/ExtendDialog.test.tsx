/** "Extend" for interviewers: the room stays open longer through POST …/extend; a refusal is shown in the dialog, which stays open. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { ExtendDialog } from "./InterviewerControls";

afterEach(() => vi.unstubAllGlobals());

describe("extending the room", () => {
  it("sends the hours picked and closes; a refusal (the 7-day cap) is told and the dialog stays", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ expiresAt: Date.now() + 5 * 3600_000 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const onClose = vi.fn();
    render(<ExtendDialog roomId="r1" token="tok" expiresAt={Date.now() + 3600_000} onClose={onClose} />);
    expect(screen.getByRole("dialog").textContent).toContain("The room now closes");
    fireEvent.click(screen.getByTestId("extend-4"));
    expect(screen.getByTestId("extend-4").getAttribute("aria-pressed")).toBe("true");
    await act(async () => void fireEvent.click(screen.getByTestId("confirm-extend")));
    expect(fetch).toHaveBeenCalledWith(pathTo(ROUTES.extend, { roomId: "r1" }), expect.objectContaining({ method: "POST", body: JSON.stringify({ hours: 4 }) }));
    expect(onClose).toHaveBeenCalledTimes(1);

  });

  it("a refusal (the 7-day cap) is told in the dialog, which stays open to try another length", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: { code: "conflict", message: "this room is already at its 7-day maximum" } }), { status: 409 })));
    const onClose = vi.fn();
    render(<ExtendDialog roomId="r1" token="tok" expiresAt={null} onClose={onClose} />);
    await act(async () => void fireEvent.click(screen.getByTestId("confirm-extend")));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toContain("7-day maximum");
    expect((screen.getByTestId("confirm-extend") as HTMLButtonElement).disabled).toBe(false);
  });
});
