/**
 * A participant the Room marks as reconnecting (their connection went quiet) is greyed and says
 * so in the participants list; another live tab of the same person means they are simply here.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { PRESENCE_FIELD, PRESENCE_RECONNECTING } from "../../../contracts/cursor";
import type { Identity } from "../../../contracts/wire";
import { cleanAwarenessUpdate } from "../room/awareness-guard";
import { Participants, reconnectingUsers } from "./Participants";

const me: Identity = { userId: "u-me", name: "Ivy", role: "interviewer", color: "#123456" };
const cleo: Identity = { userId: "u-cleo", name: "Cleo", role: "candidate", color: "#654321" };

/** An awareness holding the states of other clients, as the provider would apply them. */
function awarenessWith(...states: Record<string, unknown>[]): Awareness {
  const awareness = new Awareness(new Y.Doc());
  for (const state of states) {
    const other = new Awareness(new Y.Doc());
    other.setLocalState(state);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), "test");
  }
  return awareness;
}

describe("reconnecting participants", () => {
  it("are greyed and marked 'reconnecting' in the list", () => {
    render(<Participants awareness={awarenessWith({ user: cleo, [PRESENCE_FIELD]: PRESENCE_RECONNECTING })} me={me} />);
    const entry = screen.getByTestId("participant-reconnecting").closest("li")!;
    expect(entry.dataset.presence).toBe(PRESENCE_RECONNECTING);
    expect(entry.textContent).toContain("Cleo");
    expect(entry.title).toContain("reconnecting");
  });

  it("are not, when the same person has another live tab, or when nobody is marked", () => {
    expect(reconnectingUsers(awarenessWith({ user: cleo, [PRESENCE_FIELD]: PRESENCE_RECONNECTING }, { user: cleo }))).toEqual(new Set());
    render(<Participants awareness={awarenessWith({ user: cleo })} me={me} />);
    expect(screen.queryByTestId("participant-reconnecting")).toBeNull();
  });

  it("a page never takes its own state as reconnecting (a stale relay about an earlier socket of its own)", () => {
    const doc = new Y.Doc();
    const own = new Awareness(doc);
    own.setLocalState({ user: cleo, [PRESENCE_FIELD]: PRESENCE_RECONNECTING });
    const other = awarenessWith({ user: me, [PRESENCE_FIELD]: PRESENCE_RECONNECTING });
    const local = new Awareness(doc);
    applyAwarenessUpdate(local, cleanAwarenessUpdate(encodeAwarenessUpdate(own, [doc.clientID]), doc)!, "remote");
    const otherId = [...other.getStates().keys()].find((id) => id !== other.clientID)!;
    applyAwarenessUpdate(local, cleanAwarenessUpdate(encodeAwarenessUpdate(other, [otherId]), doc)!, "remote");
    expect(local.getLocalState()?.[PRESENCE_FIELD]).toBeUndefined();
    expect(local.getStates().get(otherId)?.[PRESENCE_FIELD]).toBe(PRESENCE_RECONNECTING);
  });
});
