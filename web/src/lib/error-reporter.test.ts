/**
 * The page's uncaught errors and unhandled rejections reach the Worker as reports with nothing
 * personal in them (no query, no hash, no token, no concrete room URL), each once, and no more
 * than the per-page-load cap however many the page throws.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ERROR_LIMITS } from "../../../contracts/client-error-limits";
import { ClientErrorSchema } from "../../../contracts/operations";
import { buildReport, type ClientErrorReport, installErrorReporter, routePattern } from "./error-reporter";

let stop = () => {};
afterEach(() => {
  stop();
  history.replaceState(null, "", "/");
});

function listen(limit?: number) {
  const sent: ClientErrorReport[] = [];
  stop = installErrorReporter(window, async (r) => void sent.push(r), limit);
  return sent;
}

const fire = (error: unknown) => window.dispatchEvent(new ErrorEvent("error", { error, message: error instanceof Error ? error.message : String(error) }));
const reject = (reason: unknown) => {
  const e = new Event("unhandledrejection") as PromiseRejectionEvent;
  Object.defineProperty(e, "reason", { value: reason });
  window.dispatchEvent(e);
};

describe("client error reports", () => {
  it("an uncaught error and an unhandled rejection are sent with the route pattern, never the room's URL", () => {
    history.replaceState(null, "", "/r/3f9a0c1d2e4b5a6c?x=1#token=abc");
    const sent = listen();
    fire(new TypeError("cannot read properties of undefined"));
    reject(new Error("socket closed"));
    reject("plain reason");
    expect(sent.map((r) => [r.kind, r.message, r.route])).toEqual([
      ["error", "TypeError: cannot read properties of undefined", "/r/:id"],
      ["unhandledrejection", "Error: socket closed", "/r/:id"],
      ["unhandledrejection", "plain reason", "/r/:id"],
    ]);
    for (const r of sent) expect(ClientErrorSchema.safeParse(r).success).toBe(true); // the Worker's schema takes each as it is
    expect(sent[0].stack).toContain("TypeError");
  });

  it("query strings, hashes and token-like runs are cut from messages and stacks", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9abcdefghijklmnopqrstuvwxyz0123";
    const err = new Error(`failed to load https://duet.example/r/abc?token=${token}#token=${token}`);
    err.stack = `Error: boom\n    at https://duet.example/assets/room-1a2b.js?v=3#frag:10:5\n    at secret ${token}`;
    const r = buildReport("error", err, "/r/abc")!;
    expect(r.message).toBe("Error: failed to load https://duet.example/r/abc");
    expect(r.stack).toContain("at https://duet.example/assets/room-1a2b.js\n");
    expect(JSON.stringify(r)).not.toContain(token);
    expect(JSON.stringify(r)).not.toMatch(/[?#]/);
  });

  it("the same error is sent once; at most the cap per page load, whatever the page throws", () => {
    const sent = listen();
    for (let i = 0; i < 3; i++) fire(new Error("same"));
    expect(sent).toHaveLength(1);
    for (let i = 0; i < 50; i++) fire(new Error(`different ${i}`));
    expect(sent).toHaveLength(CLIENT_ERROR_LIMITS.perPageLoad);
  });

  it("a cross-origin script's opaque 'Script error.' is not worth a report", () => {
    const sent = listen();
    window.dispatchEvent(new ErrorEvent("error", { message: "Script error." }));
    expect(sent).toHaveLength(0);
  });

  it("route patterns of every page", () => {
    expect(["/", "/account", "/org/o1", "/org-invite", "/recover", "/r/abc", "/r/abc/replay", "/elsewhere/x"].map(routePattern)).toEqual([
      "/", "/account", "/org/:id", "/org-invite", "/recover", "/r/:id", "/r/:id/replay", "/*",
    ]);
  });
});
