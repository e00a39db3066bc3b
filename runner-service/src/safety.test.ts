import { describe, expect, it } from "vitest";
import { safetyWarnings } from "./safety.js";

const safe = { uids: { service: 0, sandbox: 65534 }, seccompProblem: null, secretSource: "file" as const };

describe("safetyWarnings", () => {
  it("is empty for a root service with nobody sandboxes, a filter and a secret file", () => {
    expect(safetyWarnings(safe)).toEqual([]);
  });

  it("names each weakness: sandboxes under the service's uid, no seccomp filter, secret from the environment", () => {
    expect(safetyWarnings({ ...safe, uids: { service: 1000, sandbox: 1000 } })).toEqual([expect.stringMatching(/own uid 1000/)]);
    expect(safetyWarnings({ ...safe, uids: { service: 0, sandbox: 0 } })).toEqual([expect.stringMatching(/own uid 0/)]);
    expect(safetyWarnings({ ...safe, seccompProblem: "it is missing" })).toEqual([expect.stringMatching(/no seccomp filter: it is missing/)]);
    expect(safetyWarnings({ ...safe, secretSource: "env" })).toEqual([expect.stringMatching(/RUNNER_SECRET_FILE/)]);
  });
});
