/**
 * The reload after a deploy, at a safe moment: never while a run this participant started is
 * streaming, and only once the room has confirmed it holds every change of this page's writable
 * copies (server-copy.ts: the room's own answer, not a guess from a timer). Automatic once the
 * participant has also paused typing for IDLE_MS, or at once (still only when safe) on "Reload now".
 *
 * Why automatic: a page on the previous contract keeps working, but the next deploy would refuse
 * it, mid-interview; a reload in a pause costs a second and loses nothing (the room has every
 * change; the code doc is in IndexedDB too), and the notice says what is happening beforehand.
 * Why not on every pause: a page that reloaded for this version and came back just as old (a
 * cached bundle) would loop; then it only offers the button (RELOADED_KEY).
 */
import type * as Y from "yjs";
import type { ServerCopy } from "./server-copy";

/** No typing for this long counts as a pause in which a reload disturbs nobody. */
export const IDLE_MS = 4_000;
/** A copy the room has not confirmed while connected: ask again after this (the room answers ~10 questions a minute). */
export const RECHECK_MS = 7_000;
/** sessionStorage: what this tab last reloaded for (a version, or "refused"), so it never reloads twice for one. */
export const RELOADED_KEY = "duet:reloaded-for";

/** The reason of a reload the room or the Worker asked for (the page is older than the previous version). */
export const REFUSED = "refused";

export type ReloadPhase = "waiting" | "run" | "saving" | "reloading";

export interface ReloadPlan {
  /** This page's writable copies (the code doc; the interviewer's notes). */
  copies(): ServerCopy[];
  /** A run this participant started is still going. */
  runGoing(): boolean;
  /** What the reload is for: a newer version's number, or "refused". */
  reason: string;
  reload(): void;
  onPhase(phase: ReloadPhase): void;
  now?(): number;
}

export class ReloadWhenSafe {
  #lastTyped: number;
  #asked = false;
  #checking = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  readonly #cleanups: (() => void)[] = [];
  /** Whether this tab reloads by itself (not when it already reloaded for this very reason). */
  readonly automatic: boolean;

  constructor(readonly plan: ReloadPlan) {
    this.#lastTyped = this.#now();
    this.automatic = sessionStorage.getItem(RELOADED_KEY) !== plan.reason;
    const typed = () => {
      this.#lastTyped = this.#now();
    };
    window.addEventListener("keydown", typed, true);
    this.#cleanups.push(() => window.removeEventListener("keydown", typed, true));
    for (const copy of plan.copies()) this.#watch(copy);
  }

  /** "Reload now": as soon as it is safe, without waiting for a pause. */
  now(): void {
    this.#asked = true;
    void this.check();
  }

  /** Looks again (also called when the runs or the connection changed). */
  async check(): Promise<void> {
    if (this.#stopped || this.#checking) return;
    clearTimeout(this.#timer);
    const { plan } = this;
    if (!this.#asked && !this.automatic) return plan.onPhase("waiting");
    if (plan.runGoing()) return plan.onPhase("run"); // the runs' change calls check() again
    const quiet = this.#now() - this.#lastTyped;
    if (!this.#asked && quiet < IDLE_MS) {
      plan.onPhase("waiting");
      this.#timer = setTimeout(() => void this.check(), IDLE_MS - quiet);
      return;
    }
    this.#checking = true;
    const copies = plan.copies();
    // A page the room refused has no socket to ask: its code doc waits in IndexedDB (room/connection.ts) and merges after the reload.
    const refused = plan.reason === REFUSED;
    const held = await Promise.all(copies.map((c) => (refused && !c.provider.wsconnected ? true : c.confirm())));
    this.#checking = false;
    if (this.#stopped) return;
    if (held.every(Boolean) && !plan.runGoing()) {
      this.stop();
      sessionStorage.setItem(RELOADED_KEY, plan.reason);
      plan.onPhase("reloading");
      return plan.reload();
    }
    plan.onPhase("saving");
    // Disconnected copies are asked again when they sync (#watch); a connected one that is behind, after a while.
    if (copies.every((c) => c.provider.wsconnected)) this.#timer = setTimeout(() => void this.check(), RECHECK_MS);
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    for (const c of this.#cleanups) c();
  }

  /** Local edits count as typing; a copy that (re)synced is worth asking again. */
  #watch(copy: ServerCopy): void {
    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin !== copy.provider) this.#lastTyped = this.#now();
    };
    const onSync = (synced: boolean) => synced && void this.check();
    const doc: Y.Doc = copy.doc;
    doc.on("update", onUpdate);
    copy.provider.on("sync", onSync);
    this.#cleanups.push(() => doc.off("update", onUpdate), () => copy.provider.off("sync", onSync));
  }

  #now(): number {
    return this.plan.now?.() ?? Date.now();
  }
}
