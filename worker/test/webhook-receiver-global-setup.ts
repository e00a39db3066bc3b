/**
 * A real webhook receiver for the workers tests: a Node HTTP server on loopback that the
 * organisations' Durable Objects POST to, as an applicant-tracking system's would be. Each test
 * uses its own path and reads back what arrived there:
 *
 *   POST /hooks/<name>                  200
 *   POST /hooks/<name>?fail=2           500 to the first two, then 200
 *   POST /hooks/<name>?fail=always      500, always
 *   POST /hooks/<name>?redirect=1       302 to /hooks/<name>-redirected (a delivery must not follow it)
 *   POST /hooks/<name>?hang=1           200, but only after 15 s (longer than a delivery waits)
 *   GET  /received/<name>               [{headers, body, answered}] in order of arrival
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    webhookReceiverUrl: string;
  }
}

const HANG_MS = 15_000;

export interface Received {
  headers: Record<string, string>;
  body: string;
  answered: number;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export default async function setup(project: TestProject) {
  const received = new Map<string, Received[]>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://receiver");
    const [, kind, name] = url.pathname.split("/");
    if (req.method === "GET" && kind === "received" && name) {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(received.get(name) ?? []));
      return;
    }
    if (req.method !== "POST" || kind !== "hooks" || !name) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const body = await bodyOf(req);
    const log = received.get(name) ?? [];
    received.set(name, log);
    const fail = url.searchParams.get("fail");
    let answered = 200;
    if (url.searchParams.has("redirect")) answered = 302;
    else if (fail === "always" || (fail !== null && log.length < Number(fail))) answered = 500;
    log.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body, answered });
    if (url.searchParams.has("hang")) await new Promise((r) => setTimeout(r, HANG_MS).unref()); // unref: never holds the run open
    res.statusCode = answered;
    if (answered === 302) res.setHeader("Location", `/hooks/${name}-redirected`);
    res.end(answered === 200 ? "ok" : "no");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("webhookReceiverUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    server.closeAllConnections(); // a hanging answer must not hold the run open
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
