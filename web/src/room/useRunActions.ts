/** Run, Stop and Submit with their errors in words, and the keyboard shortcuts outside the editor. */
import { useEffect, useRef } from "react";
import { errorMessage } from "../i18n/errors";
import { t } from "../i18n";
import type { LanguageId } from "../../../contracts/languages";
import { Api, ApiError } from "../lib/api";

interface Args {
  roomId: string;
  token: string;
  language: LanguageId;
  stdin: string;
  activeRunId: string | null;
  canRun: boolean;
  canSubmit: boolean;
  toast(message: string): void;
}

function explain(e: unknown, what: "Run" | "Stop" | "Submit"): string {
  if (!(e instanceof ApiError)) return errorMessage(e);
  if (e.status === 409) return t("run.busy");
  if (e.status === 429) return e.retryAfter ? t("run.tooManyFor", { count: e.retryAfter }) : t("run.tooMany");
  if (e.status === 503) return t("run.unavailable");
  if (e.missing) return t(`run.missing${what}`);
  return errorMessage(e);
}

export function useRunActions(a: Args) {
  const ref = useRef(a);
  ref.current = a;
  const actions = useRef({
    run: () => {
      const { roomId, token, language, stdin, canRun, activeRunId, toast } = ref.current;
      if (!canRun || activeRunId) return;
      Api.run(roomId, token, language, stdin || undefined).catch((e) => toast(explain(e, "Run")));
    },
    stop: () => {
      const { roomId, token, activeRunId, toast } = ref.current;
      if (activeRunId) Api.cancelRun(roomId, token, activeRunId).catch((e) => toast(explain(e, "Stop")));
    },
    submit: () => {
      const { roomId, token, language, canSubmit, activeRunId, toast } = ref.current;
      if (!canSubmit || activeRunId) return;
      Api.submit(roomId, token, language).catch((e) => toast(explain(e, "Submit")));
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
