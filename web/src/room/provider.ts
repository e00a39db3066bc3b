/**
 * A stock y-websocket provider for one of the room's docs, with what the room needs on top:
 * jittered backoff (y-websocket's own has none), the server's permission-denied reasons surfaced
 * instead of logged, other clients' awareness states cleaned before anything renders them, and no
 * reconnecting once the room says the link is revoked or the room closed.
 */
import * as decoding from "lib0/decoding";
import { applyAwarenessUpdate } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { AUTH_PERMISSION_DENIED, CLOSE, MESSAGE_AUTH, MESSAGE_AWARENESS, type DocName } from "../../../contracts/wire";
import { cleanAwarenessUpdate } from "./awareness-guard";
import { reconnectDelay } from "./backoff";

export interface ProviderHooks {
  onDenied?(reason: string): void;
  /** The server closed for good (revoked link, ended or expired room). */
  onClosed?(code: number, reason: string): void;
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

export function createProvider(roomId: string, doc: DocName, ydoc: Y.Doc, token: string, hooks: ProviderHooks = {}, origin?: string): WebsocketProvider {
  const provider = new WebsocketProvider(`${wsBase(origin)}/api/rooms/${encodeURIComponent(roomId)}`, doc, ydoc, {
    params: { token },
    connect: false,
    disableBc: true, // tabs are separate participants; the room relays everything
  });
  const p = provider as unknown as Internals;

  p.messageHandlers[MESSAGE_AUTH] = (_enc, decoder) => {
    if (decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) hooks.onDenied?.(decoding.readVarString(decoder));
  };
  p.messageHandlers[MESSAGE_AWARENESS] = (_enc, decoder) => {
    const update = cleanAwarenessUpdate(decoding.readVarUint8Array(decoder), ydoc);
    if (update) applyAwarenessUpdate(provider.awareness, update, provider);
  };

  let attempt = 0;
  provider.on("status", ({ status }: { status: string }) => {
    if (status === "connected") attempt = 0;
  });
  provider.on("connection-close", (event: CloseEvent | null) => {
    if (event && (event.code === CLOSE.FORBIDDEN || event.code === CLOSE.ROOM_CLOSED)) {
      provider.shouldConnect = false;
      hooks.onClosed?.(event.code, event.reason);
      return;
    }
    // y-websocket waits min(2^n·100, maxBackoffTime): make the first term huge so ours decides.
    p.maxBackoffTime = reconnectDelay(attempt++);
    p.wsUnsuccessfulReconnects = 30;
  });
  return provider;
}
