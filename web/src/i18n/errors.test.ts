/** What a participant reads when the server refuses: by status and code, never the server's English. */
import { beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../lib/api";
import { initI18n } from "./index";
import { errorMessage } from "./errors";

beforeAll(() => initI18n("en"));

describe("errorMessage", () => {
  it("every runner busy is said as busy, with the wait the server asked for", () => {
    expect(errorMessage(new ApiError(503, "no_runner_capacity", "no runner capacity: all 3 runners refused", 30))).toBe(
      "Every code runner is busy. Try again in 30 seconds.",
    );
    expect(errorMessage(new ApiError(503, "no_runner_capacity", "no runner capacity"))).toBe("Every code runner is busy. Try again in a moment.");
  });
  it("a runner that cannot be reached is still 'unavailable'", () => {
    expect(errorMessage(new ApiError(503, "runner_unavailable", "the runner is unreachable (connect ECONNREFUSED)"))).toBe(
      "The code runner is unavailable right now. Try again in a moment.",
    );
  });
  it("a page older than the deployed Worker is asked to reload", () => {
    expect(errorMessage(new ApiError(426, "client_outdated", "this page is from an older version of Duet"))).toBe("Duet was updated. Reload the page to continue.");
  });
});
