import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { ARRIVAL_FIELD } from "../../../contracts/cursor";
import { contrastRatio } from "../lib/contrast";
import { colorsByArrival, CURSOR_PALETTE, cursorColors, personColors } from "./cursor-colors";


describe("caret colours", () => {
  it("are distinct for everyone present, by order of arrival, not by a hash", () => {
    const colors = colorsByArrival([
      { clientId: 9, key: "user:c", since: 300 },
      { clientId: 5, key: "user:a", since: 100 },
      { clientId: 7, key: "user:b", since: 200 },
      { clientId: 8, key: "user:a", since: 400 }, // Ada's second tab: still Ada's colour
    ]);
    expect([...colors]).toEqual([["user:a", CURSOR_PALETTE[0]], ["user:b", CURSOR_PALETTE[1]], ["user:c", CURSOR_PALETTE[2]]]);
  });

  it("are the same on every screen: computed from awareness alone", () => {
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const aw = docs.map((d) => new Awareness(d));
    aw.forEach((a, i) => a.setLocalState({ user: { userId: `u${i}`, name: `n${i}` }, [ARRIVAL_FIELD]: 1000 - i }));
    // Everyone learns everyone's state, in a different order on each screen.
    const states = aw.map((a) => [a.clientID, a.getLocalState()] as const);
    const views = aw.map((_, i) => {
      const other = new Awareness(new Y.Doc());
      other.setLocalState(null);
      for (const [id, s] of [...states.slice(i), ...states.slice(0, i)]) other.states.set(id, s!);
      return cursorColors(other);
    });
    for (const v of views) expect(v).toEqual(views[0]);
    expect(new Set(views[0].values()).size).toBe(3);
    expect(views[0].get(aw[2].clientID)).toBe(CURSOR_PALETTE[0]); // u2 arrived first
    const all = new Awareness(new Y.Doc());
    all.setLocalState(null);
    for (const [id, st] of states) all.states.set(id, st!);
    expect([...personColors(all)]).toEqual([["u2", CURSOR_PALETTE[0]], ["u1", CURSOR_PALETTE[1]], ["u0", CURSOR_PALETTE[2]]]); // a list of people matches the carets
    aw.forEach((a) => a.destroy());
  });

  it("put clients without an arrival time (stock Yjs editors) after the others, by client id", () => {
    const colors = colorsByArrival([{ clientId: 2, key: "client:2", since: Number.MAX_VALUE }, { clientId: 1, key: "user:x", since: 5 }]);
    expect(colors.get("user:x")).toBe(CURSOR_PALETTE[0]);
    expect(colors.get("client:2")).toBe(CURSOR_PALETTE[1]);
  });

  it("keep white label text readable (contrast ≥ 4.5:1) and are all different", () => {
    expect(new Set(CURSOR_PALETTE).size).toBe(CURSOR_PALETTE.length);
    for (const c of CURSOR_PALETTE) expect(contrastRatio(c, "#ffffff"), c).toBeGreaterThanOrEqual(4.5); // white label text
  });
});
