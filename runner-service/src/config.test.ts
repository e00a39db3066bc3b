import { describe, expect, it } from "vitest";
import { DEFAULT_SECRET_FILE, loadConfig } from "./config.js";

const SECRET = "s".repeat(32);
/** A file system holding only `files`; anything else is ENOENT, as readFileSync says it. */
const fs = (files: Record<string, string>) => (path: string) => {
  if (path in files) return files[path];
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
};
const none = fs({});
const DEV = { DUET_ENV: "development" };
const PROD = { DUET_ENV: "production", RUNNER_CONCURRENCY: "2" };

describe("loadConfig", () => {
  it("RUNNER_CPU_SCALE pins the CPU calibration; absent it is measured; nonsense is refused", () => {
    const env = { ...DEV, RUNNER_DEV_INSECURE: "1" };
    expect(loadConfig(env, none).cpuScale).toBeNull();
    expect(loadConfig({ ...env, RUNNER_CPU_SCALE: "1.5" }, none).cpuScale).toBe(1.5);
    for (const bad of ["0", "-1", "fast", "100"]) expect(() => loadConfig({ ...env, RUNNER_CPU_SCALE: bad }, none)).toThrow(/RUNNER_CPU_SCALE/);
  });

  it("refuses to start without a secret", () => {
    expect(() => loadConfig({}, none)).toThrow(/no secret: \/run\/secrets\/runner does not exist/);
  });

  it("reads the secret from RUNNER_SECRET_FILE (default /run/secrets/runner), without its trailing newline", () => {
    expect(loadConfig(DEV, fs({ [DEFAULT_SECRET_FILE]: `${SECRET}\n` }))).toMatchObject({ secret: SECRET, secretSource: "file" });
    expect(loadConfig({ ...PROD, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": SECRET })).secret).toBe(SECRET);
    expect(() => loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/missing" }, none)).toThrow(/cannot read the secret file \/missing/);
    expect(() => loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": "\n" }))).toThrow(/empty/);
  });

  it("refuses RUNNER_SECRET from the environment in production; in development uses it and says where it came from", () => {
    expect(() => loadConfig({ RUNNER_SECRET: SECRET, DUET_ENV: "production" }, none)).toThrow(/refused in production.*RUNNER_SECRET_FILE/);
    expect(loadConfig({ RUNNER_SECRET: SECRET, DUET_ENV: "development" }, none)).toMatchObject({ secret: SECRET, secretSource: "env", production: false });
  });

  it("accepts two secrets while rotating (current, then previous; one a line), not more", () => {
    const PREVIOUS = "p".repeat(32);
    expect(loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": `${SECRET}\n${PREVIOUS}\n` }))).toMatchObject({ secret: SECRET, secrets: [SECRET, PREVIOUS] });
    expect(loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": `${SECRET}\r\n` })).secrets).toEqual([SECRET]);
    expect(() => loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": `${SECRET}\nshort\n` }))).toThrow(/at least 16/);
    expect(() => loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": `${SECRET}\n${PREVIOUS}\n${SECRET}\n` }))).toThrow(/3 lines: one secret, or two while rotating/);
  });

  it("refuses short secrets", () => {
    expect(() => loadConfig({ ...DEV, RUNNER_SECRET_FILE: "/s" }, fs({ "/s": "short" }))).toThrow(/at least 16/);
  });

  it("allows an unauthenticated dev runner only when asked, on loopback, outside production", () => {
    expect(loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "development" }, none).secret).toBeNull();
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1" }, none)).toThrow(/production/); // unset is production: fail closed
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "production" }, none)).toThrow(/production/);
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", DUET_ENV: "development", RUNNER_HOST: "0.0.0.0" }, none)).toThrow(/loopback/);
  });

  it("defaults in development: 127.0.0.1:8790, concurrency = cores, queue = 8 × concurrency, a data dir per uid and port", () => {
    const withSecret = fs({ [DEFAULT_SECRET_FILE]: SECRET });
    const c = loadConfig(DEV, withSecret);
    expect([c.host, c.port]).toEqual(["127.0.0.1", 8790]);
    expect(c.maxQueued).toBe(c.concurrency * 8);
    expect(c.dataDir).toMatch(new RegExp(`duet-runner-${process.getuid?.()}-8790$`));
    expect(loadConfig({ ...DEV, RUNNER_PORT: "9000", RUNNER_CONCURRENCY: "3" }, withSecret)).toMatchObject({ port: 9000, concurrency: 3, maxQueued: 24 });
    expect(loadConfig({ ...DEV, RUNNER_PORT: "9001" }, withSecret).dataDir).toMatch(/-9001$/);
    expect(() => loadConfig({ ...DEV, RUNNER_PORT: "abc" }, withSecret)).toThrow(/RUNNER_PORT/);
    expect(c).toMatchObject({ drainMs: 130_000, hostIsolation: null, version: expect.stringMatching(/-dev$/) });
  });

  it("production: RUNNER_CONCURRENCY must be set, RUNNER_HOST_ISOLATION is vm or nothing, RUNNER_VERSION names the build", () => {
    const withSecret = fs({ [DEFAULT_SECRET_FILE]: SECRET });
    expect(() => loadConfig({ DUET_ENV: "production" }, withSecret)).toThrow(/RUNNER_CONCURRENCY must be set in production/);
    expect(() => loadConfig({ DUET_ENV: "test", NODE_ENV: "production" }, withSecret)).toThrow(/RUNNER_CONCURRENCY must be set in production/);
    expect(loadConfig({ ...PROD, RUNNER_HOST_ISOLATION: "vm", RUNNER_VERSION: "1.2.3" }, withSecret)).toMatchObject({ hostIsolation: "vm", version: "1.2.3" });
    expect(() => loadConfig({ ...PROD, RUNNER_HOST_ISOLATION: "container" }, withSecret)).toThrow(/RUNNER_HOST_ISOLATION must be "vm"/);
    expect(loadConfig({ ...PROD, RUNNER_DRAIN_MS: "5000" }, withSecret).drainMs).toBe(5000);
  });
});
