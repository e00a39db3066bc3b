/**
 * The room's own writes to its `state` doc (layout in contracts/room-state.ts), each one
 * transaction. Pure functions of the doc, so they can be tested without a runtime.
 */
import type * as Y from "yjs";
import { CHAT_HISTORY, chatArray, setMeta, type ChatMessage } from "../../contracts/room-state";
import type { Origin } from "./origins";
import type { RoomSettings } from "./settings";

/** The settings every participant sees (the rest, e.g. the tenant, stay in the room's storage). */
export function publishSettings(doc: Y.Doc, { title, expiresAt, endedAt, candidateReadOnly, spectatorsVisible, recordSpectators }: RoomSettings, origin: Origin): void {
  setMeta(doc, { title, expiresAt, endedAt, candidateReadOnly, spectatorsVisible, recordSpectators }, origin);
}

export function appendChat(doc: Y.Doc, msg: ChatMessage, origin: Origin): void {
  doc.transact(() => {
    const chat = chatArray(doc);
    chat.push([msg]);
    if (chat.length > CHAT_HISTORY) chat.delete(0, chat.length - CHAT_HISTORY);
  }, origin);
}
