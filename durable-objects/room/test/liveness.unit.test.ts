/** The liveness rule on its own (liveness.ts): who is judged, when a socket is silent, back, or gone. */
import { describe, expect, it } from "vitest";
import { RECONNECT_GRACE_MS, SILENT_AFTER_MS } from "../../../contracts/wire";
import { liveness } from "../liveness";

describe("liveness", () => {
  const now = 1_000_000;
  it("a socket that never pinged (a stock Yjs client) is never judged", () => {
    expect(liveness(null, undefined, now)).toBe("live");
  });
  it("silent once its last ping is SILENT_AFTER_MS old, not a moment before", () => {
    expect(liveness(now - SILENT_AFTER_MS + 1, undefined, now)).toBe("live");
    expect(liveness(now - SILENT_AFTER_MS, undefined, now)).toBe("silent");
  });
  it("back when it pings after being marked; gone after the grace period; waiting in between", () => {
    const marked = now - 1000;
    expect(liveness(marked + 1, marked, now)).toBe("back");
    expect(liveness(marked - SILENT_AFTER_MS, marked, now)).toBe("live");
    expect(liveness(marked - SILENT_AFTER_MS, marked, marked + RECONNECT_GRACE_MS)).toBe("gone");
  });
});
