/**
 * The room's own writes to its `state` doc (layout in contracts/room-state.ts), each one
 * transaction. Pure functions of the doc, so they can be tested without a runtime.
 */
import type * as Y from "yjs";
import { CHAT_HISTORY, chatArray, setMeta, type ChatMessage, type Timer, type TimerCommand } from "../../contracts/room-state";
import type { Origin } from "./origins";
import type { RoomSettings } from "./settings";

export const DEFAULT_TIMER_MINUTES = 45;

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

/** The timer after a command: start resumes (or starts fresh), pause banks the elapsed time, reset stops at zero. */
export function nextTimer(current: Timer | null, cmd: TimerCommand, now: number): Timer {
  const durationMs = "minutes" in cmd && cmd.minutes ? cmd.minutes * 60_000 : current?.durationMs ?? DEFAULT_TIMER_MINUTES * 60_000;
  switch (cmd.action) {
    case "start":
      if (current?.startedAt != null) return { ...current, durationMs };
      return { durationMs, startedAt: now, elapsedMs: current?.elapsedMs ?? 0 };
    case "pause":
      if (!current || current.startedAt === null) return current ?? { durationMs, startedAt: null, elapsedMs: 0 };
      return { durationMs, startedAt: null, elapsedMs: current.elapsedMs + (now - current.startedAt) };
    case "reset":
      return { durationMs, startedAt: null, elapsedMs: 0 };
  }
}
