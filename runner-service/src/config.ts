/**
 * Runner configuration from the environment. Production (any `DUET_ENV` but exactly `development`
 * or `test`: fail closed, contracts/environment.ts; or NODE_ENV=production) refuses dev defaults:
 * no secret means no start, unless RUNNER_DEV_INSECURE=1 explicitly asks for an unauthenticated
 * loopback-only dev runner — and that flag itself is refused in production. It also wants
 * RUNNER_CONCURRENCY set, not guessed from a container's view of the host's cores.
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
import { fileURLToPath } from "node:url";
import { isProduction } from "../../contracts/environment.js";
import { MAX_BUDGET_MS } from "../../contracts/runner.js";

export interface Config {
  host: string;
  port: number;
  /** The current secret; null only in explicit insecure dev mode. */
  secret: string | null;
  /** Every secret accepted: the current one, and while rotating the previous one (the file's second line). */
  secrets: string[];
  /** Where the secret came from; "env" only in development (see above). */
  secretSource: "file" | "env" | null;
  production: boolean;
  concurrency: number;
  maxQueued: number;
  dataDir: string;
  cacheEntries: number;
  /** How long SIGTERM waits for runs in flight before killing them (main.ts). */
  drainMs: number;
  /** RUNNER_VERSION (the image sets it), else package.json's version + "-dev". */
  version: string;
  /** "vm": the host is a VM of its own (Cloudflare Containers), so root in its initial user namespace is allowed. */
  hostIsolation: "vm" | null;
  /** RUNNER_CPU_SCALE: pins the CPU calibration (core/calibration.ts) instead of measuring it at start. */
  cpuScale: number | null;
}

export const MIN_SECRET_LENGTH = 16;
/** Longer than the longest request budget (MAX_BUDGET_MS): a drain does not cut a started run short. */
export const DEFAULT_DRAIN_MS = MAX_BUDGET_MS + 10_000;
export const DEFAULT_SECRET_FILE = "/run/secrets/runner";
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

type ReadFile = (path: string) => string;
const readText: ReadFile = (path) => readFileSync(path, "utf8");

export function loadConfig(env: Record<string, string | undefined> = process.env, readFile: ReadFile = readText): Config {
  const host = env.RUNNER_HOST || "127.0.0.1";
  // NODE_ENV=production (the image's) counts too: a DUET_ENV left at "test" must not relax the image.
  const production = isProduction(env) || env.NODE_ENV === "production";
  const { secrets, source } = readSecret(env, production, readFile);
  const secret = secrets[0] ?? null;
  const insecure = env.RUNNER_DEV_INSECURE === "1";
  if (!secret) {
    if (!insecure) throw new Error(`no secret: ${env.RUNNER_SECRET_FILE || DEFAULT_SECRET_FILE} does not exist (set RUNNER_SECRET_FILE, or RUNNER_DEV_INSECURE=1 for an unauthenticated local dev runner)`);
    if (production) throw new Error("RUNNER_DEV_INSECURE is refused in production (DUET_ENV is not development or test)");
    if (!LOOPBACK.has(host)) throw new Error(`RUNNER_DEV_INSECURE only listens on loopback, not ${host}`);
  } else if (secrets.some((s) => s.length < MIN_SECRET_LENGTH)) {
    throw new Error(`the runner secret must be at least ${MIN_SECRET_LENGTH} characters (each of them, while rotating)`);
  }
  // A container sees the host's cores, not its CPU quota: production says how many runs it has room for.
  if (production && !env.RUNNER_CONCURRENCY) throw new Error("RUNNER_CONCURRENCY must be set in production (the CPU count a container sees is the host's, not its share)");
  const concurrency = int(env.RUNNER_CONCURRENCY, availableParallelism(), "RUNNER_CONCURRENCY");
  const isolation = env.RUNNER_HOST_ISOLATION || null;
  if (isolation !== null && isolation !== "vm") throw new Error(`RUNNER_HOST_ISOLATION must be "vm" or unset, got ${isolation}`);
  const port = int(env.RUNNER_PORT, 8790, "RUNNER_PORT");
  return {
    host,
    port,
    secret,
    secrets,
    secretSource: source,
    production,
    concurrency,
    maxQueued: int(env.RUNNER_MAX_QUEUE, concurrency * 8, "RUNNER_MAX_QUEUE"),
    // One per runner: a runner wipes its work dir at start, so two runners of one uid must not share it.
    dataDir: env.RUNNER_DATA_DIR || join(tmpdir(), `duet-runner-${process.getuid?.() ?? 0}-${port}`),
    cacheEntries: int(env.RUNNER_CACHE_ENTRIES, 512, "RUNNER_CACHE_ENTRIES"),
    drainMs: int(env.RUNNER_DRAIN_MS, DEFAULT_DRAIN_MS, "RUNNER_DRAIN_MS"),
    version: env.RUNNER_VERSION || devVersion(readFile),
    hostIsolation: isolation,
    cpuScale: scale(env.RUNNER_CPU_SCALE),
  };
}

function scale(value: string | undefined): number | null {
  if (value === undefined || value === "") return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.25 || n > 8) throw new Error(`RUNNER_CPU_SCALE must be a number from 0.25 to 8, got ${value}`);
  return n;
}

/**
 * The secret file holds the current secret on its first line and, while a rotation is under way,
 * the previous one on its second: both are accepted until the file is rewritten with one line.
 */
function readSecret(env: Record<string, string | undefined>, production: boolean, readFile: ReadFile): { secrets: string[]; source: Config["secretSource"] } {
  if (env.RUNNER_SECRET) {
    if (production) throw new Error("RUNNER_SECRET in the environment is refused in production (it stays readable in /proc/<pid>/environ): pass RUNNER_SECRET_FILE");
    return { secrets: [env.RUNNER_SECRET], source: "env" };
  }
  const path = env.RUNNER_SECRET_FILE || DEFAULT_SECRET_FILE;
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    // Only the default path may be absent (then the dev-insecure rules decide); a named file must exist.
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && !env.RUNNER_SECRET_FILE) return { secrets: [], source: null };
    throw new Error(`cannot read the secret file ${path}: ${(e as Error).message}`);
  }
  // Files written by `echo` or editors end in a newline; a blank line is not a secret.
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  if (lines.length === 0) throw new Error(`the secret file ${path} is empty`);
  if (lines.length > 2) throw new Error(`the secret file ${path} has ${lines.length} lines: one secret, or two while rotating (current, then previous)`);
  return { secrets: lines, source: "file" };
}

/** The checkout's package.json version, marked as a development build (the image sets RUNNER_VERSION). */
function devVersion(readFile: ReadFile): string {
  try {
    const pkg = JSON.parse(readFile(fileURLToPath(new URL("../../package.json", import.meta.url)))) as { version?: string };
    return `${pkg.version ?? "0.0.0"}-dev`;
  } catch {
    return "unknown-dev";
  }
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}
