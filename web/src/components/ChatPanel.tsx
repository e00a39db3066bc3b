/**
 * Chat: the state doc's `chat` array, sent through POST …/chat. Spectators read along. Names and
 * lines are React text, isolated for direction (<bdi>, dir="auto") so one cannot reorder another.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import type * as Y from "yjs";
import type { ChatMessage } from "../../../contracts/room-state";
import type { Role } from "../../../contracts/wire";
import { ApiError } from "../lib/api";
import { formatTime, ROLE_LABEL } from "../lib/format";
import { useObserveDeep } from "../room/hooks";

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
  useObserveDeep(chat);
  const messages = chat.toArray();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text || sending) return;
    setSending(true);
    setError(null);
    try {
      await send(text);
      setDraft("");
    } catch (err) {
      setError(err instanceof ApiError && err.missing ? "Chat isn't available on this server yet." : (err as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="chat">
      <ol ref={list} className="chat-list" aria-label="Chat messages" aria-live="polite">
        {messages.length === 0 && <li className="chat-empty">No messages yet. Say hello 👋</li>}
        {messages.map((m) => (
          <li key={m.id} className={`chat-msg ${m.userId === myUserId ? "mine" : ""}`}>
            <div className="chat-meta">
              <span className="chat-name">{m.userId === myUserId ? "You" : <bdi>{m.name}</bdi>}</span>
              <span className={`role-badge role-${m.role}`}>{ROLE_LABEL[m.role]}</span>
              <time dateTime={new Date(m.ts).toISOString()}>{formatTime(m.ts)}</time>
            </div>
            <p className="chat-text" dir="auto">{m.text}</p>
          </li>
        ))}
      </ol>
      {role === "spectator" ? (
        <p className="chat-readonly">Observers can read the chat but not post.</p>
      ) : (
        <form className="chat-form" onSubmit={submit}>
          <label className="sr-only" htmlFor="chat-input">Message</label>
          <textarea
            id="chat-input"
            rows={2}
            value={draft}
            maxLength={MAX_CHAT_CHARS}
            placeholder="Message everyone… (Enter to send)"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) submit(e);
            }}
          />
          <button type="submit" className="btn btn-primary" disabled={!draft.trim() || sending}>Send</button>
          {error && <p className="form-error" role="alert">{error}</p>}
        </form>
      )}
    </div>
  );
}
