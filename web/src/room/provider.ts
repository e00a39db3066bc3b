/**
 * A stock y-websocket provider for one of the room's docs, with what the room needs on top:
 * jittered backoff (y-websocket's own has none), a longer pause after the room closed the socket
 * for its rate (4429), the server's permission-denied reasons surfaced instead of logged, other
 * clients' awareness states cleaned before anything renders them, no reconnecting once the
 * room says the link is revoked or the room closed, and a socket that reports a connection gone
 * quiet within seconds (live-socket.ts) rather than y-websocket's 30. It says which contract this
 * bundle speaks (`?v=`), hears from the room that a newer one is deployed or that this page must
 * reload (web/src/version/), and can ask the room whether it holds all of this copy (server-copy.ts).
 */
import * as decoding from "lib0/decoding";
import { applyAwarenessUpdate } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { roomSocketBase } from "../../../contracts/routes";
import {
  AUTH_PERMISSION_DENIED, CLOSE, CONTRACT_PARAM, CONTRACT_VERSION, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_CONTRACT, MESSAGE_SYNC, SYNC_STEP2, type DocName,
} from "../../../contracts/wire";
import { noteDeployed, noteRefused } from "../version/deployed";
import { peekStep2, ServerCopy } from "../version/server-copy";
import { cleanAwarenessUpdate } from "./awareness-guard";
import { RATE_LIMIT_CALM_MS, rateLimitedDelay, reconnectDelay } from "./backoff";
import { LiveSocket } from "./live-socket";

export interface ProviderHooks {
  onDenied?(reason: string): void;
  /** The server closed for good (revoked link, ended or expired room). */
  onClosed?(code: number, reason: string): void;
  /** Closed for a frame over the room's size cap (1009): this copy holds an update it would send again on every reconnect. */
  onTooBig?(): void;
}

/** y-websocket's private fields we steer (stable across 1.x and 2.x). */
interface Internals {
  wsUnsuccessfulReconnects: number;
  maxBackoffTime: number;
  wsconnected: boolean;
  messageHandlers: ((encoder: unknown, decoder: decoding.Decoder, provider: unknown, emitSynced: boolean, type: number) => void)[];
}

export function wsBase(origin: string = location.origin): string {
  return origin.replace(/^http/, "ws");
}

const copies = new WeakMap<WebsocketProvider, ServerCopy>();

/** The provider's copy as the room holds it: ask before a reload whether anything is still only here. */
export function serverCopyOf(provider: WebsocketProvider): ServerCopy {
  const copy = copies.get(provider);
  if (!copy) throw new Error("not a room provider");
  return copy;
}

export function createProvider(roomId: string, doc: DocName, ydoc: Y.Doc, token: string, hooks: ProviderHooks = {}, origin?: string): WebsocketProvider {
  const provider = new WebsocketProvider(`${wsBase(origin)}${roomSocketBase(roomId)}`, doc, ydoc, {
    // No token: the room's cookie goes with the upgrade instead (lib/session.ts COOKIE_SESSION).
    params: { ...(token ? { token } : {}), [CONTRACT_PARAM]: String(CONTRACT_VERSION) },
    connect: false,
    disableBc: true, // tabs are separate participants; the room relays everything
    WebSocketPolyfill: LiveSocket, // pings, and reports a connection that went quiet (live-socket.ts)
  });
  const p = provider as unknown as Internals;
  const copy = new ServerCopy(provider, ydoc);
  copies.set(provider, copy);

  const sync = p.messageHandlers[MESSAGE_SYNC];
  p.messageHandlers[MESSAGE_SYNC] = (enc, decoder, ...rest) => {
    const answer = peekStep2(decoder, SYNC_STEP2);
    sync(enc, decoder, ...rest); // applied first: the copy then holds what the answer brought
    if (answer) copy.answered(answer);
  };
  p.messageHandlers[MESSAGE_CONTRACT] = (_enc, decoder) => noteDeployed(decoding.readVarUint(decoder));

  p.messageHandlers[MESSAGE_AUTH] = (_enc, decoder) => {
    if (decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) hooks.onDenied?.(decoding.readVarString(decoder));
  };
  p.messageHandlers[MESSAGE_AWARENESS] = (_enc, decoder) => {
    const update = cleanAwarenessUpdate(decoding.readVarUint8Array(decoder), ydoc);
    if (update) applyAwarenessUpdate(provider.awareness, update, provider);
  };

  let attempt = 0;
  // Rate-limit closes in a run: a reconnect succeeds at once (fresh buckets), so a success must not
  // end the run, only a connection that stayed up a while; else a flood would reconnect every 0.4 s.
  let strikes = 0;
  let connectedAt = 0;
  provider.on("status", ({ status }: { status: string }) => {
    if (status !== "connected") return;
    attempt = 0;
    connectedAt = Date.now();
  });
  provider.on("connection-close", (event: CloseEvent | null) => {
    if (event && (event.code === CLOSE.FORBIDDEN || event.code === CLOSE.ROOM_CLOSED)) {
      provider.shouldConnect = false;
      hooks.onClosed?.(event.code, event.reason);
      return;
    }
    if (event?.code === CLOSE.RELOAD) {
      provider.shouldConnect = false; // this page is too old for the room: only a reload helps
      noteRefused();
      return;
    }
    if (event?.code === CLOSE.MESSAGE_TOO_BIG) hooks.onTooBig?.();
    if (event?.code === CLOSE.RATE_LIMITED) strikes = Date.now() - connectedAt > RATE_LIMIT_CALM_MS ? 1 : strikes + 1;
    // y-websocket waits min(2^n·100, maxBackoffTime): make the first term huge so ours decides.
    p.maxBackoffTime = event?.code === CLOSE.RATE_LIMITED ? rateLimitedDelay(strikes) : reconnectDelay(attempt++);
    p.wsUnsuccessfulReconnects = 30;
  });
  return provider;
}

/** Drops the provider's socket now as lost (the browser says it is offline); it reconnects with backoff. */
export function dropConnection(provider: WebsocketProvider, reason: string): void {
  const ws = provider.ws;
  if (ws instanceof LiveSocket) ws.lost(reason);
}

/** Tries again at once (the browser is back online) instead of waiting out the backoff. */
export function reconnectNow(provider: WebsocketProvider): void {
  if (!provider.shouldConnect || provider.wsconnected || provider.ws) return;
  provider.connect();
}
