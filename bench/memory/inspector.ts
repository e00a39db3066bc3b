/**
 * The Worker isolate's heap, read through the inspector `wrangler dev` opens: a full GC, then
 * V8's used heap; or a heap snapshot summed by constructor. All Durable Objects of a Worker share
 * its one isolate in workerd, so heap growth over n objects / n is what one object keeps.
 */
import WebSocket from "ws";
import { listeningPorts } from "../collab/procfs";

/** One Chrome DevTools Protocol session; events go to `onEvent`. */
export class Inspector {
  #next = 1;
  readonly #waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  onEvent: (method: string, params: Record<string, unknown>) => void = () => {};

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string } };
      if (msg.id === undefined) {
        if (msg.method) this.onEvent(msg.method, msg.params ?? {});
        return;
      }
      const waiter = this.#waiting.get(msg.id);
      if (!waiter) return;
      this.#waiting.delete(msg.id);
      if (msg.error) waiter.reject(new Error(msg.error.message));
      else waiter.resolve(msg.result);
    });
  }

  /** The Worker's inspector in the tree of `pid`: wrangler's proxy (description "workers"), else the runtime's user Worker. */
  static async attach(pid: number): Promise<Inspector> {
    const found: string[] = [];
    for (const port of [...listeningPorts(pid, "node"), ...listeningPorts(pid, "workerd")]) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(2000) });
        const list = (await res.json()) as Array<{ id?: string; description?: string; webSocketDebuggerUrl?: string }>;
        for (const t of list) {
          if (!t.webSocketDebuggerUrl) continue;
          if (t.description === "workers") found.unshift(t.webSocketDebuggerUrl);
          else if (t.id?.startsWith("core:user:")) found.push(t.webSocketDebuggerUrl);
        }
      } catch {
        // not an inspector
      }
    }
    if (!found[0]) throw new Error(`no Worker inspector in the tree of ${pid}`);
    const ws = new WebSocket(found[0], { maxPayload: 2 ** 31 });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => (ws.terminate(), reject(new Error(`inspector ${found[0]}: no connection within 10 s`))), 10_000);
      ws.once("open", () => (clearTimeout(timer), resolve()));
      ws.once("error", (e) => (clearTimeout(timer), reject(e)));
    });
    return new Inspector(ws);
  }

  call<T>(method: string, params: object = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.#next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (this.#waiting.delete(id), reject(new Error(`inspector: no answer to ${method} within ${timeoutMs} ms`))), timeoutMs);
      this.#waiting.set(id, { resolve: (v) => (clearTimeout(timer), resolve(v as T)), reject: (e) => (clearTimeout(timer), reject(e)) });
    });
  }

  /**
   * V8's used heap right after a heap snapshot, which collects all garbage first (workerd never
   * answers HeapProfiler.collectGarbage), with the snapshot's live objects by constructor.
   */
  async usedHeap(): Promise<{ used: number; byConstructor: Map<string, { count: number; bytes: number }> }> {
    const byConstructor = await this.heapByConstructor();
    return { used: (await this.call<{ usedSize: number }>("Runtime.getHeapUsage")).usedSize, byConstructor };
  }

  /** A heap snapshot's self size by constructor name (node name for objects, type otherwise). */
  async heapByConstructor(): Promise<Map<string, { count: number; bytes: number }>> {
    const chunks: string[] = [];
    this.onEvent = (method, params) => {
      if (method === "HeapProfiler.addHeapSnapshotChunk") chunks.push(params.chunk as string);
    };
    await this.call("HeapProfiler.enable");
    await this.call("HeapProfiler.takeHeapSnapshot", { reportProgress: false, captureNumericValue: false }, 300_000);
    this.onEvent = () => {};
    const snap = JSON.parse(chunks.join("")) as {
      snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
      nodes: number[];
      strings: string[];
    };
    const fields = snap.snapshot.meta.node_fields;
    const width = fields.length;
    const typeAt = fields.indexOf("type");
    const nameAt = fields.indexOf("name");
    const sizeAt = fields.indexOf("self_size");
    const types = snap.snapshot.meta.node_types[0];
    const out = new Map<string, { count: number; bytes: number }>();
    for (let i = 0; i < snap.nodes.length; i += width) {
      const type = types[snap.nodes[i + typeAt]];
      const key = type === "object" || type === "closure" ? `${snap.strings[snap.nodes[i + nameAt]]}${type === "closure" ? "()" : ""}` : `(${type})`;
      const row = out.get(key) ?? { count: 0, bytes: 0 };
      row.count++;
      row.bytes += snap.nodes[i + sizeAt];
      out.set(key, row);
    }
    return out;
  }

  close(): void {
    this.ws.close();
  }
}
