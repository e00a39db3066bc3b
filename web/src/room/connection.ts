/**
 * One participant's live room: the `code` doc (kept in IndexedDB too, so edits made offline
 * survive a reload and merge on reconnect), the server-written `state` doc, and for interviewers
 * the `private` doc. Tells React what changed through subscribe()/snapshot().
 *
 * A refused write (read-only candidate, or a copy the room marked diverged) cannot be taken back
 * in Yjs: the server answers permission-denied and asks for a reload. We then drop the code doc —
 * and its IndexedDB copy — and resync a fresh one; the editor rebinds to it. What the participant
 * had written there is never dropped with it: their changed buffers are kept (unsaved-edits.ts)
 * for them to copy or restore as a fresh edit.
 */
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ARRIVAL_FIELD } from "../../../contracts/cursor";
import { CODE_KEY_PREFIX } from "../../../contracts/room-state";
import { WRITE_NOT_SAVED, copyRefused, type Identity } from "../../../contracts/wire";
import { toLf } from "../editor/lf";
import { closedMessage, deniedMessage } from "../i18n/room-messages";
import { applyTextDiff } from "../lib/text-diff";
import type { ServerCopy } from "../version/server-copy";
import { createProvider, dropConnection, reconnectNow, serverCopyOf } from "./provider";
import { allBuffers, differing, loadUnsaved, refusedEdits, restoredText, saveUnsaved, type KeptBuffers, type UnsavedEdits } from "./unsaved-edits";

/**
 * A close 1009 of the code socket in the Room's words: this copy holds a change too big for one
 * message (a huge paste), which every reconnect would send again; it is refused like any write.
 */
const TOO_BIG = `a change over the room's content limit for one message; ${WRITE_NOT_SAVED}`;

/** Past this without the room, the badge says "offline — edits kept" rather than "reconnecting". */
const OFFLINE_AFTER_MS = 4000;

export type ConnStatus = "connecting" | "saved" | "reconnecting" | "offline";

export interface RoomSnapshot {
  status: ConnStatus;
  code: Y.Doc;
  codeProvider: WebsocketProvider;
  /** Why the room closed this participant out for good (revoked, ended), or null. */
  closed: string | null;
  /** The last permission-denied notice, for a toast. */
  notice: { text: string; at: number } | null;
  /** Edits the room refused to merge, kept until the participant restores or dismisses them. */
  unsaved: UnsavedEdits | null;
}

/** A refused copy, kept until the fresh one has the room's state to compare it with. */
interface RefusedCopy { doc: Y.Doc; before: KeptBuffers }

export class RoomConnection {
  readonly state = new Y.Doc();
  readonly notes: Y.Doc | null;
  readonly #providers: WebsocketProvider[] = [];
  #code!: Y.Doc;
  #codeProvider!: WebsocketProvider;
  #persistence: IndexeddbPersistence | null = null;
  #snap!: RoomSnapshot;
  #listeners = new Set<() => void>();
  #lastReset = 0;
  #refused: RefusedCopy | null = null;
  #destroyed = false;
  #downSince: number | null = null;
  /** The browser's own word on the network: offline drops the sockets at once; online retries at once. */
  #onNetwork = () => {
    const online = navigator.onLine !== false;
    for (const p of [this.#codeProvider, ...this.#providers]) {
      if (online) reconnectNow(p);
      else dropConnection(p, "the browser is offline");
    }
    this.#emit();
  };
  /** When this participant arrived: caret colours go by it (cursor-colors.ts), and a code-doc reset keeps it. */
  readonly #joinedAt = Date.now();

  constructor(readonly roomId: string, readonly token: string, readonly identity: Identity, readonly origin?: string) {
    this.notes = identity.role === "interviewer" ? new Y.Doc() : null;
    this.#openCode();
    this.#snap = { status: "connecting", code: this.#code, codeProvider: this.#codeProvider, closed: null, notice: null, unsaved: loadUnsaved(roomId, identity.userId) };
    const hooks = { onClosed: (code: number, reason: string) => this.#close(code, reason) };
    const state = createProvider(roomId, "state", this.state, token, hooks, origin);
    state.awareness.setLocalState(null); // nobody's cursor lives in the state doc
    this.#providers.push(state);
    if (this.notes) {
      const notes = createProvider(roomId, "private", this.notes, token, hooks, origin);
      notes.awareness.setLocalState(null);
      this.#providers.push(notes);
    }
    window.addEventListener("online", this.#onNetwork);
    window.addEventListener("offline", this.#onNetwork);
  }

  connect(): void {
    this.#codeProvider.connect();
    for (const p of this.#providers) p.connect();
  }

  destroy(): void {
    this.#destroyed = true;
    window.removeEventListener("online", this.#onNetwork);
    window.removeEventListener("offline", this.#onNetwork);
    this.#codeProvider.destroy();
    void this.#persistence?.destroy();
    for (const p of this.#providers) p.destroy();
    this.#listeners.clear();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  };

  snapshot = (): RoomSnapshot => this.#snap;

  get connected(): boolean {
    return this.#codeProvider.wsconnected;
  }

  /** The copies this participant may write (code; the interviewer's notes), each able to ask the room whether it holds all of it. */
  writableCopies(): ServerCopy[] {
    return [this.#codeProvider, ...this.#providers.slice(1)].map(serverCopyOf);
  }

  /**
   * Puts a kept buffer back as a fresh edit: the room's current code with the participant's changes
   * merged in. Only once this copy holds the room's state (before that, the whole text would be
   * inserted into an empty copy and merge as a duplicate).
   */
  restoreUnsaved(language: string): boolean {
    const kept = this.#snap.unsaved?.buffers[language];
    if (!kept || !this.#codeProvider.synced) return false;
    const text = this.#code.getText(CODE_KEY_PREFIX + language); // kept buffers are named by language, any the copy held
    applyTextDiff(text, text.toString(), toLf(restoredText(this.#code, language, kept)));
    this.dismissUnsaved(language);
    return true;
  }

  /** A message for the participant (the room view shows the latest notice as a toast). */
  notify(text: string): void {
    this.#snap = { ...this.#snap, notice: { text, at: Date.now() } };
    this.#emit();
  }

  dismissUnsaved(language: string): void {
    const { [language]: _gone, ...rest } = this.#snap.unsaved?.buffers ?? {};
    this.#setUnsaved(rest);
  }

  /** `storageReady`: open the offline copy only after the refused one's database is gone. */
  #openCode(storageReady?: Promise<boolean>): void {
    const doc = (this.#code = new Y.Doc());
    this.#persistence = null;
    const persist = (ok: boolean) => {
      if (ok && typeof indexedDB !== "undefined" && !this.#destroyed && this.#code === doc) {
        this.#persistence = new IndexeddbPersistence(`duet:${this.roomId}:${this.identity.userId}:code`, doc);
      }
    };
    if (storageReady) void storageReady.then(persist);
    else persist(true);
    const p = createProvider(this.roomId, "code", doc, this.token, {
      onDenied: (reason) => this.#denied(reason),
      onClosed: (code, reason) => this.#close(code, reason),
      onTooBig: () => this.#denied(TOO_BIG),
    }, this.origin);
    p.awareness.setLocalStateField("user", { ...this.identity });
    p.awareness.setLocalStateField(ARRIVAL_FIELD, this.#joinedAt);
    p.on("status", () => this.#emit());
    p.on("sync", (synced: boolean) => {
      if (synced && p === this.#codeProvider) this.#settleUnsaved();
      this.#emit();
    });
    p.on("connection-close", () => this.#emit());
    this.#codeProvider = p;
  }

  #denied(reason: string): void {
    const notice = { text: deniedMessage(reason), at: Date.now() };
    this.#snap = { ...this.#snap, notice };
    // Our copy now holds an edit the room refused (read-only, a document limit, a client id that is
    // someone else's, a copy refused before): start over from the room's copy, keeping the
    // participant's edits (once per burst).
    if (copyRefused(reason) && Date.now() - this.#lastReset > 1000) {
      this.#lastReset = Date.now();
      this.#resetCode();
    }
    this.#emit();
  }

  #resetCode(): void {
    const { doc, provider, persistence } = { doc: this.#code, provider: this.#codeProvider, persistence: this.#persistence };
    // Every buffer is stored at once, so nothing is lost if the page closes before the room answers;
    // once the fresh copy has synced, only the buffers the participant changed stay.
    const before = this.#snap.unsaved?.buffers ?? {};
    this.#refused?.doc.destroy();
    this.#refused = { doc, before };
    this.#setUnsaved({ ...before, ...allBuffers(doc) });
    provider.destroy();
    const cleared = persistence
      ? persistence.destroy().then(() => clearDocument(persistence.name)).then(() => true, () => false)
      : Promise.resolve(true);
    this.#openCode(cleared);
    this.#snap = { ...this.#snap, code: this.#code, codeProvider: this.#codeProvider };
    if (!this.#destroyed) this.#codeProvider.connect();
  }

  /** The code copy has the room's state: decide what of a refused copy to keep; drop what the room has. */
  #settleUnsaved(): void {
    const refused = this.#refused;
    if (!refused && !this.#snap.unsaved) return;
    this.#refused = null;
    const buffers = refused ? { ...refused.before, ...refusedEdits(refused.doc, this.#code) } : this.#snap.unsaved!.buffers;
    refused?.doc.destroy();
    this.#setUnsaved(differing(buffers, this.#code));
  }

  #setUnsaved(buffers: KeptBuffers): void {
    this.#snap = { ...this.#snap, unsaved: saveUnsaved(this.roomId, this.identity.userId, buffers) };
    this.#emit();
  }

  #close(code: number, reason: string): void {
    if (this.#snap.closed) return;
    for (const p of [this.#codeProvider, ...this.#providers]) p.disconnect();
    this.#snap = { ...this.#snap, closed: closedMessage(code, reason) };
    this.#emit();
  }

  /**
   * What the badge says, from the code socket's liveness (live-socket.ts reports a quiet connection
   * within seconds) and the browser's network state: never "saved" while either says otherwise.
   */
  #status(): ConnStatus {
    const p = this.#codeProvider;
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      this.#downSince ??= Date.now();
      return "offline";
    }
    if (p.wsconnected) {
      this.#downSince = null;
      return p.synced ? "saved" : "connecting";
    }
    if (this.#snap.status === "connecting" && this.#downSince === null) return "connecting";
    this.#downSince ??= Date.now();
    return Date.now() - this.#downSince > OFFLINE_AFTER_MS ? "offline" : "reconnecting";
  }

  #emit(): void {
    const status = this.#status();
    if (status !== this.#snap.status) this.#snap = { ...this.#snap, status };
    for (const fn of this.#listeners) fn();
  }
}
