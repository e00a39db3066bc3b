/**
 * Chat: the state doc's `chat` array, sent through POST …/chat. Spectators read along. Names and
 * lines are React text, isolated for direction (<bdi>, dir="auto") so one cannot reorder another.
 * Sending never blocks typing: lines queue and go in order while the next one is written.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { ChatMessage } from "../../../contracts/room-state";
import type { Role } from "../../../contracts/wire";
import { ApiError } from "../lib/api";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { useObserveDeep } from "../room/hooks";
import { LiveRegion } from "./LiveRegion";

/**
 * contracts/room-state.ts MAX_CHAT_CHARS, restated so this bundle does not evaluate that module
 * (it pulls in the zod schemas and the whole languages manifest); a test checks the two agree.
 */
export const MAX_CHAT_CHARS = 2000;

interface Props {
  chat: Y.Array<ChatMessage>;
  myUserId: string;
  role: Role;
  send(text: string): Promise<unknown>;
}

export function ChatPanel({ chat, myUserId, role, send }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  useObserveDeep(chat);
  const messages = chat.toArray();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [before] = useState(() => new Set(messages.map((m) => m.id))); // not news: there when the chat opened
  /** Sends in flight, one after another, so lines typed back to back arrive in the order typed. */
  const queue = useRef<Promise<void>>(Promise.resolve());

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message is what scrolls the list to the bottom
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  // The draft is cleared as the line is sent, not when the room answers: what is typed meanwhile is
  // the next line, and must not be wiped. A line that fails comes back only into an empty draft.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    setDraft("");
    setError(null);
    queue.current = queue.current.then(() =>
      send(text).then(
        () => undefined,
        (err) => {
          setError(err instanceof ApiError && err.missing ? t("chat.missing") : errorMessage(err));
          setDraft((current) => (current === "" ? text : current));
        },
      ),
    );
  };

  return (
    <div className="chat">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must take focus so keyboards can scroll it (axe: scrollable-region-focusable) */}
      <ol ref={list} className="chat-list" aria-label={t("chat.messages")} tabIndex={0}>
        {messages.length === 0 && <li className="chat-empty">{t("chat.empty")}</li>}
        {messages.map((m) => (
          <li key={m.id} className={`chat-msg ${m.userId === myUserId ? "mine" : ""}`}>
            <div className="chat-meta">
              <span className="chat-name">{m.userId === myUserId ? t("chat.you") : <bdi>{m.name}</bdi>}</span>
              <span className={`role-badge role-${m.role}`}>{t(`roles.${m.role}`)}</span>
              <time dateTime={new Date(m.ts).toISOString()} title={format.dateTime(m.ts)}>{format.time(m.ts)}</time>
            </div>
            <p className="chat-text" dir="auto">{m.text}</p>
          </li>
        ))}
      </ol>
      {/* Others' new lines are read out wherever the focus is, the chat tab shown or not. */}
      <LiveRegion role="log" label={t("a11y.newChat")} testId="chat-announcer">
        {messages.filter((m) => m.userId !== myUserId && !before.has(m.id)).slice(-5).map((m) => <p key={m.id}>{t("a11y.chatFrom", { name: m.name, text: m.text })}</p>)}
      </LiveRegion>
      {role === "spectator" ? (
        <p className="chat-readonly">{t("chat.readOnly")}</p>
      ) : (
        <form className="chat-form" onSubmit={submit}>
          <label className="sr-only" htmlFor="chat-input">{t("chat.message")}</label>
          <textarea
            id="chat-input"
            rows={2}
            value={draft}
            maxLength={MAX_CHAT_CHARS}
            placeholder={t("chat.placeholder")}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) submit(e);
            }}
          />
          <button type="submit" className="btn btn-primary" disabled={!draft.trim()}>{t("chat.send")}</button>
          {error && <p className="form-error" role="alert">{error}</p>}
        </form>
      )}
    </div>
  );
}
