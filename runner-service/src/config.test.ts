import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("refuses to start without a secret", () => {
    expect(() => loadConfig({})).toThrow(/RUNNER_SECRET/);
  });
  it("refuses short secrets", () => {
    expect(() => loadConfig({ RUNNER_SECRET: "short" })).toThrow(/at least 16/);
  });
  it("allows an unauthenticated dev runner only when asked, on loopback, outside production", () => {
    expect(loadConfig({ RUNNER_DEV_INSECURE: "1" }).secret).toBeNull();
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", NODE_ENV: "production" })).toThrow(/production/);
    expect(() => loadConfig({ RUNNER_DEV_INSECURE: "1", RUNNER_HOST: "0.0.0.0" })).toThrow(/loopback/);
  });
  it("defaults: 127.0.0.1:8790, concurrency = cores, queue = 8 × concurrency", () => {
    const c = loadConfig({ RUNNER_SECRET: "x".repeat(32) });
    expect([c.host, c.port]).toEqual(["127.0.0.1", 8790]);
    expect(c.maxQueued).toBe(c.concurrency * 8);
    expect(loadConfig({ RUNNER_SECRET: "x".repeat(32), RUNNER_PORT: "9000", RUNNER_CONCURRENCY: "3" })).toMatchObject({ port: 9000, concurrency: 3, maxQueued: 24 });
    expect(() => loadConfig({ RUNNER_SECRET: "x".repeat(32), RUNNER_PORT: "abc" })).toThrow(/RUNNER_PORT/);
  });
});
