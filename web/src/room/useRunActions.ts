/** Run, Stop and Submit with their errors in words, and the keyboard shortcuts outside the editor. */
import { useEffect, useRef } from "react";
import { Api, ApiError } from "../lib/api";

interface Args {
  roomId: string;
  token: string;
  language: string;
  stdin: string;
  activeRunId: string | null;
  canRun: boolean;
  canSubmit: boolean;
  toast(message: string): void;
}

function explain(e: unknown, what: string): string {
  if (!(e instanceof ApiError)) return String(e);
  if (e.status === 409) return "A run is already going in this room — wait for it or stop it.";
  if (e.status === 429) return `Too many runs — try again${e.retryAfter ? ` in ${e.retryAfter} s` : " shortly"}.`;
  if (e.status === 503) return "The code runner is unavailable right now. Try again in a moment.";
  if (e.missing) return `${what} isn't available on this server yet.`;
  return e.message;
}

export function useRunActions(a: Args) {
  const ref = useRef(a);
  ref.current = a;
  const actions = useRef({
    run: () => {
      const { roomId, token, language, stdin, canRun, activeRunId, toast } = ref.current;
      if (!canRun || activeRunId) return;
      Api.run(roomId, token, language, stdin || undefined).catch((e) => toast(explain(e, "Running code")));
    },
    stop: () => {
      const { roomId, token, activeRunId, toast } = ref.current;
      if (activeRunId) Api.cancelRun(roomId, token, activeRunId).catch((e) => toast(explain(e, "Stopping")));
    },
    submit: () => {
      const { roomId, token, language, canSubmit, activeRunId, toast } = ref.current;
      if (!canSubmit || activeRunId) return;
      Api.submit(roomId, token, language).catch((e) => toast(explain(e, "Submitting")));
    },
  }).current;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
      if ((e.target as HTMLElement | null)?.closest?.(".monaco-editor, .chat-form")) return; // the editor has its own binding
      e.preventDefault();
      if (e.shiftKey) actions.submit();
      else actions.run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [actions]);
  return actions;
}
