/**
 * Runner configuration from the environment. Production refuses dev defaults: no secret means
 * no start, unless RUNNER_DEV_INSECURE=1 explicitly asks for an unauthenticated loopback-only
 * dev runner — and that flag itself is refused when NODE_ENV=production.
 */
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

export interface Config {
  host: string;
  port: number;
  /** null only in explicit insecure dev mode. */
  secret: string | null;
  concurrency: number;
  maxQueued: number;
  dataDir: string;
  cacheEntries: number;
}

export const MIN_SECRET_LENGTH = 16;
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const host = env.RUNNER_HOST || "127.0.0.1";
  const secret = env.RUNNER_SECRET || null;
  const insecure = env.RUNNER_DEV_INSECURE === "1";
  if (!secret) {
    if (!insecure) throw new Error("RUNNER_SECRET is not set (set RUNNER_DEV_INSECURE=1 for an unauthenticated local dev runner)");
    if (env.NODE_ENV === "production") throw new Error("RUNNER_DEV_INSECURE is refused when NODE_ENV=production");
    if (!LOOPBACK.has(host)) throw new Error(`RUNNER_DEV_INSECURE only listens on loopback, not ${host}`);
  } else if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`RUNNER_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const cores = availableParallelism();
  const concurrency = int(env.RUNNER_CONCURRENCY, cores, "RUNNER_CONCURRENCY");
  return {
    host,
    port: int(env.RUNNER_PORT, 8790, "RUNNER_PORT"),
    secret,
    concurrency,
    maxQueued: int(env.RUNNER_MAX_QUEUE, concurrency * 8, "RUNNER_MAX_QUEUE"),
    dataDir: env.RUNNER_DATA_DIR || join(tmpdir(), `duet-runner-${process.getuid?.() ?? 0}`),
    cacheEntries: int(env.RUNNER_CACHE_ENTRIES, 512, "RUNNER_CACHE_ENTRIES"),
  };
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}
