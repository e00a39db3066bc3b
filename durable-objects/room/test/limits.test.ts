import { describe, expect, it } from "vitest";
import { LIMIT_VARS, formatBytes, readLimits } from "../limits";
import { SocketRates, TokenBucket } from "../rate-limits";

describe("limits", () => {
  it("defaults: 500 messages/s in bursts of 5,000, 1 MiB/s, 10 sync requests a minute, 2 MiB of code, 10,000 roots, depth 64", () => {
    expect(readLimits({})).toEqual({
      maxMessageBytes: 1024 * 1024,
      messagesPerSecond: 500,
      messageBurst: 5000,
      bytesPerSecond: 1024 * 1024,
      bytesBurst: 2 * 1024 * 1024,
      syncRequestsPerMinute: 10,
      maxCodeBytes: 2 * 1024 * 1024,
      maxRootEntries: 10_000,
      maxDepth: 64,
    });
  });

  it("each is read from its variable; junk, zero and negatives keep the default; a burst never below one frame", () => {
    const env = Object.fromEntries(Object.values(LIMIT_VARS).map(([name]) => [name, "7"]));
    expect(Object.values(readLimits(env)).filter((v) => v === 7)).toHaveLength(Object.keys(LIMIT_VARS).length);
    expect(readLimits({ ROOM_MAX_DEPTH: "abc", ROOM_MESSAGE_BURST: "0", ROOM_SYNC_REQUESTS_PER_MINUTE: "-3" })).toMatchObject({
      maxDepth: 64, messageBurst: 5000, syncRequestsPerMinute: 10,
    });
    expect(readLimits({ ROOM_BYTES_BURST: "1000" }).bytesBurst).toBe(1024 * 1024);
  });

  it("sizes read as people write them", () => {
    expect(formatBytes(2 * 1024 * 1024)).toBe("2 MiB");
    expect(formatBytes(512 * 1024)).toBe("512 KiB");
    expect(formatBytes(900)).toBe("900 bytes");
  });
});

describe("token buckets", () => {
  it("allow a burst, then the sustained rate", () => {
    const b = new TokenBucket(5, 2, 0);
    for (let i = 0; i < 5; i++) expect(b.take(1, 0)).toBe(true);
    expect(b.take(1, 0)).toBe(false);
    expect(b.take(1, 400)).toBe(false); // 0.8 tokens
    expect(b.take(1, 500)).toBe(true);
    expect(b.take(1, 100_000)).toBe(true); // refilled, but never past the capacity
    for (let i = 0; i < 4; i++) expect(b.take(1, 100_000)).toBe(true);
    expect(b.take(1, 100_000)).toBe(false);
    expect(b.take(6, 200_000)).toBe(false); // more than it can ever hold
  });

  it("per socket: messages, bytes and sync requests, each its own bucket", () => {
    const limits = { ...readLimits({}), messageBurst: 3, messagesPerSecond: 1, bytesBurst: 100, bytesPerSecond: 10, syncRequestsPerMinute: 2 };
    const rates = new SocketRates(limits);
    const [a, b] = [{}, {}] as WebSocket[];
    expect(rates.admit(a, 10, 0)).toBeNull();
    expect(rates.admit(a, 10, 0)).toBeNull();
    expect(rates.admit(a, 90, 0)).toMatch(/over 10 bytes\/s \(bursts of 100\)/);
    expect(rates.admit(a, 1, 0)).toMatch(/over 1 messages\/s \(bursts of 3\)/);
    expect(rates.admit(b, 1, 0)).toBeNull(); // another socket is not affected
    expect(rates.syncRequest(a, 0) && rates.syncRequest(a, 0)).toBe(true);
    expect(rates.syncRequest(a, 1000)).toBe(false);
    expect(rates.syncRequest(a, 30_000)).toBe(true);
  });
});
