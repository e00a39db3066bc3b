/** React views of Yjs values: re-render when the shared value changes, nothing copied into state. */
import { createContext, useContext, useEffect, useReducer, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { ApiLanguage } from "../../../contracts/api";
import { metaMap, readMeta, type RoomMeta } from "../../../contracts/room-state";
import type { Identity } from "../../../contracts/wire";
import type { RoomConnection, RoomSnapshot } from "./connection";

export interface RoomCtx {
  conn: RoomConnection;
  roomId: string;
  token: string;
  me: Identity;
  languages: ApiLanguage[];
}

export const RoomContext = createContext<RoomCtx | null>(null);

export function useRoom(): RoomCtx {
  const ctx = useContext(RoomContext);
  if (!ctx) throw new Error("useRoom outside a room");
  return ctx;
}

export function useSnapshot(conn: RoomConnection): RoomSnapshot {
  return useSyncExternalStore(conn.subscribe, conn.snapshot);
}

/** Re-renders on any change inside `type` (deep: run records' nested output arrays included). */
// biome-ignore lint/suspicious/noExplicitAny: any Yjs type (map, array, text), whatever events it emits
export function useObserveDeep(type: Y.AbstractType<any> | null | undefined): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!type) return;
    const fn = () => bump();
    type.observeDeep(fn);
    bump(); // catch changes between render and subscription
    return () => type.unobserveDeep(fn);
  }, [type]);
}

/** The state doc's meta, read through its contract (every field there, defaulted when absent). */
export function useMeta(state: Y.Doc): RoomMeta {
  useObserveDeep(metaMap(state));
  return readMeta(state);
}

/** Re-renders every `ms` while `active` (clocks). */
export function useTicker(ms: number, active = true): number {
  const [n, bump] = useReducer((x: number) => x + 1, 0);
  useEffect(() => {
    if (!active) return;
    const t = setInterval(bump, ms);
    return () => clearInterval(t);
  }, [ms, active]);
  return n;
}
