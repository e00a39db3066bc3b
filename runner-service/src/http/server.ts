/**
 * The HTTP adapter: auth, body limits, JSON errors and NDJSON streaming over the runner core.
 * Every refusal (auth, size, JSON, schema, availability, queue) happens before a process starts.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ERROR_STATUS, type ErrorCode } from "../../../contracts/errors.js";
import { RUNNER_HEADERS, RUNNER_PATHS, RunRequestSchema } from "../../../contracts/runner.js";
import type { LogIds } from "../../../contracts/log.js";
import { RunnerError, type RunnerCore } from "../core/service.js";
import { idsFromHeaders, log } from "../log.js";
import { readBody } from "./body.js";

/** Whole request body; the source, stdin and test caps inside it are checked by the core. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** `secret`: the accepted bearer token(s) — two while a rotation is under way (config.ts); null only for RUNNER_DEV_INSECURE. */
export function createRunnerServer(core: RunnerCore, secret: string | readonly string[] | null): Server {
  const authorized = bearerCheck(secret);
  return createServer(async function handle(req, res) {
    const path = new URL(req.url ?? "/", "http://runner").pathname;
    const ids = idsFromHeaders(req.headers);
    try {
      if (req.method === "GET" && path === RUNNER_PATHS.health) {
        const health = core.health();
        return json(res, health.ok ? 200 : 503, health);
      }
      if (!authorized(req.headers.authorization)) throw new RunnerError("unauthorized", "missing or wrong bearer token");
      if (req.method === "GET" && path === RUNNER_PATHS.languages) return json(res, 200, { languages: core.languages() });
      if (req.method === "GET" && path === RUNNER_PATHS.metrics) {
        res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
        return res.end(core.metrics.render());
      }
      if (req.method === "POST" && path === RUNNER_PATHS.runs) return await postRun(core, req, res, ids);
      throw new RunnerError("not_found", `no route for ${req.method} ${path}`);
    } catch (e) {
      sendError(res, e, { ...ids, method: req.method, path });
    }
  });
}

async function postRun(core: RunnerCore, req: IncomingMessage, res: ServerResponse, ids: LogIds): Promise<void> {
  // Every answer (200, 429, 503, 4xx) carries the load; set again once this run is counted in it.
  const reportLoad = () => res.setHeader(RUNNER_HEADERS.load, core.load());
  reportLoad();
  const raw = await readBody(req, MAX_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new RunnerError("bad_request", "body is not valid JSON");
  }
  const parsed = RunRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    throw new RunnerError("bad_request", issues.join("; "));
  }
  core.check(parsed.data);
  const abort = new AbortController();
  // Cancel: the client going away (closed request, Room DO cancel) kills the run.
  res.on("close", () => {
    if (!res.writableFinished) abort.abort(new Error("client closed the request"));
  });
  const head = () => {
    if (res.headersSent) return;
    reportLoad();
    res.writeHead(200, { "content-type": "application/x-ndjson", "cache-control": "no-store" });
  };
  const write = (event: object) => {
    head();
    if (!res.destroyed) res.write(JSON.stringify(event) + "\n");
  };
  const done = core.start(parsed.data, write, abort.signal, ids);
  if ("refused" in done) {
    reportLoad();
    throw new RunnerError("rate_limited", `${done.message}; retry shortly`);
  }
  if (!res.headersSent) {
    head();
    res.flushHeaders();
  }
  await done;
  res.end();
}

function bearerCheck(secret: string | readonly string[] | null): (header: string | undefined) => boolean {
  if (secret === null) return () => true; // explicit RUNNER_DEV_INSECURE=1, loopback only (config.ts)
  const wanted = (typeof secret === "string" ? [secret] : secret).map(digest);
  return function authorized(header) {
    const m = /^Bearer (.+)$/.exec(header ?? "");
    if (m === null) return false;
    const got = digest(m[1]);
    // Every candidate is compared, so the time taken does not say which one matched.
    return wanted.map((want) => timingSafeEqual(got, want)).includes(true);
  };
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Refusals are logged with their code (not their message, which may quote a client's body); failures with their error. */
function sendError(res: ServerResponse, e: unknown, context: LogIds & { method?: string; path: string }): void {
  const code: ErrorCode = e instanceof RunnerError ? e.code : "internal";
  const message = e instanceof RunnerError ? e.message : "internal runner error";
  if (e instanceof RunnerError) log(code === "runner_unavailable" ? "warn" : "info", "request_refused", { ...context, code, status: ERROR_STATUS[code] });
  else log("error", "request_failed", { ...context, error: e instanceof Error ? e : String(e) });
  if (res.headersSent) return void res.end();
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (code === "rate_limited") headers["retry-after"] = "1";
  if (e instanceof RunnerError && e.retryAfter) headers["retry-after"] = String(e.retryAfter);
  res.writeHead(ERROR_STATUS[code], headers);
  res.end(JSON.stringify({ error: { code, message } }));
}
