import { describe, expect, it } from "vitest";
import { DEFAULT_SECRET_FILE, loadConfig } from "./config.js";

const SECRET = "s".repeat(32);
/** A file system holding only `files`; anything else is ENOENT, as readFileSync says it. */
const fs = (files: Record<string, string>) => (path: string) => {
  if (path in files) return files[path];
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
};
const none = fs({});

describe("loadConfig", () => {
  it("refuses to start without a secret", () => {
    expect(() => loadConfig({}, none)).toThrow(/no secret: \/run\/secrets\/runner does not exist/);
  });

  it("reads the secret from RUNNER_SECRET_FILE (default /run/secrets/runner), without its trailing newline", () => {
    expect(loadConfig({}, fs({ [DEFAULT_SECRET_FILE]: `${SECRET}\n` }))).toMatchObject({ secret: SECRET, secretSource: "file" });
    expect(loadConfig({ RUNNER_SECRET_FILE: "/s", DUET_ENV: "production" }, fs({ "/s": SECRET })).secret).toBe(SECRET);
    expect(() => loadConfig({ RUNNER_SECRET_FILE: "/missing" }, none)).toThrow(/cannot read the secret file \/missing/);
    expect(() => loadConfig({ RUNNER_SECRET_FILE: "/s" }, fs({ "/s": "\n" }))).toThrow(/empty/);
  });

  it("refuses RUNNER_SECRET from the environment in production; in development uses it and says where it came from", () => {
    expect(() => loadConfig({ RUNNER_SECRET: SECRET, DUET_ENV: "production" }, none)).toThrow(/refused in production.*RUNNER_SECRET_FILE/);
    expect(loadConfig({ RUNNER_SECRET: SECRET, DUET_ENV: "development" }, none)).toMatchObject({ secret: SECRET, secretSource: "env", production: false });
  });

  it("refuses short secrets", () => {
    expect(() => loadConfig({ RUNNER_SECRET_FILE: "/s" }, fs({ "/s": "short" }))).toThrow(/at least 16/);
  });

  it("allows an unauthenticated dev runner only when asked, on loopback, outside production", () => {
    expect(loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "development" }, none).secret).toBeNull();
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1" }, none)).toThrow(/production/); // unset is production: fail closed
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "production" }, none)).toThrow(/production/);
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "development", RUNNER_HOST: "0.0.0.0" }, none)).toThrow(/loopback/);
  });

  it("defaults: 127.0.0.1:8790, concurrency = cores, queue = 8 × concurrency", () => {
    const withSecret = fs({ [DEFAULT_SECRET_FILE]: SECRET });
    const c = loadConfig({}, withSecret);
    expect([c.host, c.port]).toEqual(["127.0.0.1", 8790]);
    expect(c.maxQueued).toBe(c.concurrency * 8);
    expect(loadConfig({ RUNNER_PORT: "9000", RUNNER_CONCURRENCY: "3" }, withSecret)).toMatchObject({ port: 9000, concurrency: 3, maxQueued: 24 });
    expect(() => loadConfig({ RUNNER_PORT: "abc" }, withSecret)).toThrow(/RUNNER_PORT/);
  });
});
