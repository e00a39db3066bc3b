/**
 * Runner configuration from the environment. Production (any `DUET_ENV` but exactly `development` or `test`: fail closed, contracts/environment.ts) refuses dev
 * defaults: no secret means no start, unless RUNNER_DEV_INSECURE=1 explicitly asks for an
 * unauthenticated loopback-only dev runner — and that flag itself is refused in production.
 *
 * The secret is read from a file (RUNNER_SECRET_FILE, default /run/secrets/runner), never from
 * the environment: a process's environment stays readable in /proc/<pid>/environ for its whole
 * life (deleting it from process.env does not change that) and is inherited by its children.
 * RUNNER_SECRET in the environment is refused in production and, in development, used with a
 * loud warning so that old launchers keep working.
 */
import { readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { isProduction } from "../../contracts/environment.js";

export interface Config {
  host: string;
  port: number;
  /** null only in explicit insecure dev mode. */
  secret: string | null;
  /** Where the secret came from; "env" only in development (see above). */
  secretSource: "file" | "env" | null;
  production: boolean;
  concurrency: number;
  maxQueued: number;
  dataDir: string;
  cacheEntries: number;
}

export const MIN_SECRET_LENGTH = 16;
export const DEFAULT_SECRET_FILE = "/run/secrets/runner";
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

type ReadFile = (path: string) => string;
const readText: ReadFile = (path) => readFileSync(path, "utf8");

export function loadConfig(env: Record<string, string | undefined> = process.env, readFile: ReadFile = readText): Config {
  const host = env.RUNNER_HOST || "127.0.0.1";
  const production = isProduction(env);
  const { secret, source } = readSecret(env, production, readFile);
  const insecure = env.RUNNER_DEV_INSECURE === "1";
  if (!secret) {
    if (!insecure) throw new Error(`no secret: ${env.RUNNER_SECRET_FILE || DEFAULT_SECRET_FILE} does not exist (set RUNNER_SECRET_FILE, or RUNNER_DEV_INSECURE=1 for an unauthenticated local dev runner)`);
    if (production) throw new Error("RUNNER_DEV_INSECURE is refused in production (DUET_ENV is not development or test)");
    if (!LOOPBACK.has(host)) throw new Error(`RUNNER_DEV_INSECURE only listens on loopback, not ${host}`);
  } else if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`the runner secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const cores = availableParallelism();
  const concurrency = int(env.RUNNER_CONCURRENCY, cores, "RUNNER_CONCURRENCY");
  return {
    host,
    port: int(env.RUNNER_PORT, 8790, "RUNNER_PORT"),
    secret,
    secretSource: source,
    production,
    concurrency,
    maxQueued: int(env.RUNNER_MAX_QUEUE, concurrency * 8, "RUNNER_MAX_QUEUE"),
    dataDir: env.RUNNER_DATA_DIR || join(tmpdir(), `duet-runner-${process.getuid?.() ?? 0}`),
    cacheEntries: int(env.RUNNER_CACHE_ENTRIES, 512, "RUNNER_CACHE_ENTRIES"),
  };
}

function readSecret(env: Record<string, string | undefined>, production: boolean, readFile: ReadFile): { secret: string | null; source: Config["secretSource"] } {
  if (env.RUNNER_SECRET) {
    if (production) throw new Error("RUNNER_SECRET in the environment is refused in production (it stays readable in /proc/<pid>/environ): pass RUNNER_SECRET_FILE");
    return { secret: env.RUNNER_SECRET, source: "env" };
  }
  const path = env.RUNNER_SECRET_FILE || DEFAULT_SECRET_FILE;
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    // Only the default path may be absent (then the dev-insecure rules decide); a named file must exist.
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && !env.RUNNER_SECRET_FILE) return { secret: null, source: null };
    throw new Error(`cannot read the secret file ${path}: ${(e as Error).message}`);
  }
  const secret = text.replace(/[\r\n]+$/, ""); // files written by `echo` or editors end in a newline
  if (!secret) throw new Error(`the secret file ${path} is empty`);
  return { secret, source: "file" };
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}
