/**
 * One soak room: five stock y-websocket providers (an interviewer and four candidates' tabs)
 * typing marker lines into `code:python`, and the candidate's Run button pressed now and then.
 *
 * A marker counts as acknowledged when a *different* client of the room has seen it: the Room
 * logs every update before it broadcasts it, so anything another client saw is durable, and must
 * be in the document at the end whatever happened to the object in between.
 */
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { pathTo, ROUTES, roomSocketBase } from "../../contracts/routes";

const MARKER = /#m(\d+);/g;
const FINAL = new Set(["finished", "failed", "cancelled", "interrupted"]);

export interface RunTally {
  started: number;
  refused: Record<number, number>;
  final: Record<string, number>;
  /** Failed runs by the start of their error message (which part failed, and how). */
  failures: Record<string, number>;
  stuck: string[];
}

export class SoakRoom {
  readonly providers: WebsocketProvider[] = [];
  readonly typed = new Set<number>();
  readonly acked = new Set<number>();
  #candidateToken = "";

  constructor(readonly base: string, readonly roomId: string) {}

  static async create(base: string): Promise<SoakRoom> {
    const created = await json<{ roomId: string; links: Record<string, string> }>(
      await fetch(`${base}${pathTo(ROUTES.createRoom)}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "soak" }) }),
    );
    const room = new SoakRoom(base, created.roomId);
    const roles = ["interviewer", "candidate", "candidate", "candidate", "candidate"];
    for (const [i, role] of roles.entries()) {
      const token = await joinAs(base, created.roomId, new URL(created.links[role]).hash.slice("#token=".length), `${role} ${i}`);
      if (role === "candidate" && !room.#candidateToken) room.#candidateToken = token;
      room.#connect(token);
    }
    return room;
  }

  #connect(token: string): void {
    const doc = new Y.Doc();
    const p = new WebsocketProvider(`${this.base.replace(/^http/, "ws")}${roomSocketBase(this.roomId)}`, "code", doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token },
      disableBc: true,
    });
    const text = doc.getText("code:python");
    text.observe((ev) => {
      if (ev.transaction.local) return;
      for (const op of ev.delta) if (typeof op.insert === "string") for (const m of op.insert.matchAll(MARKER)) this.acked.add(Number(m[1]));
    });
    this.providers.push(p);
  }

  /** One keystroke burst from a random provider: a marker line at the end (a Python comment, so Run still works). */
  type(nextId: () => number): void {
    const p = this.providers[Math.floor(Math.random() * this.providers.length)];
    const id = nextId();
    const text = p.doc.getText("code:python");
    text.insert(text.length, `#m${id};\n`);
    this.typed.add(id);
  }

  /** Presses Run; resolves with the run's final status, or "stuck" when none came within `stuckMs`. */
  async run(tally: RunTally, stuckMs: number): Promise<void> {
    const res = await fetch(`${this.base}${pathTo(ROUTES.startRun, { roomId: this.roomId })}`, {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${this.#candidateToken}` }, body: JSON.stringify({ language: "python" }),
    }).catch(() => null);
    if (res?.status !== 202) {
      const code = res?.status ?? 0;
      tally.refused[code] = (tally.refused[code] ?? 0) + 1;
      return;
    }
    tally.started++;
    const { runId } = (await res.json()) as { runId: string };
    const deadline = Date.now() + stuckMs;
    while (Date.now() < deadline) {
      await sleep(1000);
      const r = await fetch(`${this.base}${pathTo(ROUTES.run, { roomId: this.roomId, runId })}`, { headers: { Authorization: `Bearer ${this.#candidateToken}` } }).catch(() => null);
      const run = r?.ok ? ((await r.json()) as { run: { status: string; error: string | null } }).run : null;
      if (run && FINAL.has(run.status)) {
        tally.final[run.status] = (tally.final[run.status] ?? 0) + 1;
        if (run.status === "failed") {
          const reason = (run.error ?? "no message").slice(0, 60);
          tally.failures[reason] = (tally.failures[reason] ?? 0) + 1;
        }
        return;
      }
    }
    tally.stuck.push(`${this.roomId}/${runId}`);
  }

  converged(): boolean {
    const texts = this.providers.map((p) => p.doc.getText("code:python").toString());
    return this.providers.every((p) => p.synced) && texts.every((t) => t === texts[0]);
  }

  /** What a fresh client loads from the room now. */
  async load(): Promise<Set<number>> {
    const doc = new Y.Doc();
    const token = this.#candidateToken;
    const p = new WebsocketProvider(`${this.base.replace(/^http/, "ws")}${roomSocketBase(this.roomId)}`, "code", doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params: { token }, disableBc: true,
    });
    const deadline = Date.now() + 30_000;
    while (!p.synced && Date.now() < deadline) await sleep(50);
    const seen = new Set([...doc.getText("code:python").toString().matchAll(MARKER)].map((m) => Number(m[1])));
    p.destroy();
    return seen;
  }

  destroy(): void {
    for (const p of this.providers) p.destroy();
  }
}

async function joinAs(base: string, roomId: string, invite: string, name: string): Promise<string> {
  const joined = await json<{ token: string }>(
    await fetch(`${base}${pathTo(ROUTES.join, { roomId })}`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${invite}` }, body: JSON.stringify({ name }) }),
  );
  return joined.token;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
