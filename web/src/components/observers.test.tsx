/**
 * The observers count beside the participants: a candidate may not see the spectators' carets
 * (the Room keeps them back unless the interviewer allows it), but is always told how many there
 * are, in a status region a screen reader announces; the interviewer gets the switch.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { metaMap } from "../../../contracts/room-state";
import type { Identity } from "../../../contracts/wire";
import type { RoomConnection } from "../room/connection";
import { RoomContext } from "../room/hooks";
import { Participants } from "./Participants";
import { pathTo, ROUTES } from "../../../contracts/routes";

const person = (role: Identity["role"]): Identity => ({ userId: `u-${role}`, name: role, role, color: "#123456" });

function renderFor(me: Identity) {
  const state = new Y.Doc();
  const notify = vi.fn();
  const conn = { state, notify } as unknown as RoomConnection;
  render(
    <RoomContext.Provider value={{ conn, roomId: "r1", token: "tok", me, languages: [] }}>
      <Participants awareness={new Awareness(new Y.Doc())} me={me} />
    </RoomContext.Provider>,
  );
  const setMeta = (fields: Record<string, unknown>) => act(() => state.transact(() => Object.entries(fields).forEach(([k, v]) => metaMap(state).set(k, v))));
  return { setMeta, notify };
}

afterEach(() => vi.unstubAllGlobals());

describe("observers", () => {
  it("a candidate is told how many observers there are, in a status region that is there before anyone comes", () => {
    const { setMeta } = renderFor(person("candidate"));
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    expect(screen.queryByTestId("observers")).toBeNull();
    setMeta({ observers: 1 });
    expect(status.textContent).toBe("1 observer");
    setMeta({ observers: 2 });
    expect(screen.getByRole("status").textContent).toBe("2 observers");
    expect(screen.getByTestId("observers").textContent).toBe("2 observers");
    expect(screen.queryByRole("switch")).toBeNull(); // not the candidate's to decide
  });

  it("the interviewer switches whether the candidate sees them; a refusal is told, not swallowed", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ visible: true }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const { setMeta, notify } = renderFor(person("interviewer"));
    expect(screen.queryByRole("switch")).toBeNull(); // nobody to show yet
    setMeta({ observers: 1, spectatorsVisible: false });
    const sw = screen.getByRole("switch", { name: "Candidate sees observers" });
    expect(sw.getAttribute("aria-checked")).toBe("false");
    await act(async () => void fireEvent.click(sw));
    expect(fetch).toHaveBeenCalledWith(pathTo(ROUTES.setSpectatorsVisible, { roomId: "r1" }), expect.objectContaining({ method: "POST", body: JSON.stringify({ visible: true }) }));
    setMeta({ spectatorsVisible: true }); // what the Room publishes
    expect(sw.getAttribute("aria-checked")).toBe("true");

    fetch.mockImplementationOnce(async () => new Response(JSON.stringify({ error: { code: "forbidden", message: "no" } }), { status: 403 }));
    await act(async () => void fireEvent.click(sw));
    expect(notify).toHaveBeenCalledTimes(1);
    expect(sw.getAttribute("aria-checked")).toBe("true");
  });
});
