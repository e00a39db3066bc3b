/**
 * Run, Stop and Submit with their errors in words, and the keyboard shortcuts outside the editor.
 * Run or Submit while a run is going is queued (one at a time, the latest ask wins) and starts when
 * that run ends; a rate-limited ask counts down from the server's Retry-After instead of failing
 * silently. With a problem on the table Run sends the test-case panel's cases, never stdin.
 */
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../i18n/errors";
import { t } from "../i18n";
import type { LanguageId } from "../../../contracts/languages";
import type { CasesForRun } from "../cases/case-drafts";
import { Api, ApiError } from "../lib/api";

export type RunAction = "run" | "submit";

interface Args {
  roomId: string;
  token: string;
  language: LanguageId;
  stdin: string;
  /** With a problem on the table: the cases Run judges (null while the panel has not loaded: the server's examples). */
  cases?: () => CasesForRun | null;
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

function casesProblem(c: Extract<CasesForRun, { ok: false }>): string {
  if (c.reason === "invalid") return t("cases.invalid", { n: (c.index ?? 0) + 1 });
  return c.reason === "empty" ? t("cases.emptyRun") : t("cases.tooMany");
}

export interface RunStatus {
  /** What starts when the run going now ends. */
  queued: RunAction | null;
  /** When runs are allowed again (ms since the epoch), after a 429. */
  retryAt: number | null;
}

export function useRunActions(a: Args) {
  const ref = useRef(a);
  ref.current = a;
  const [queued, setQueued] = useState<RunAction | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const failed = (what: "Run" | "Submit") => (e: unknown) => {
    if (e instanceof ApiError && e.status === 429 && e.retryAfter) setRetryAt(Date.now() + e.retryAfter * 1000);
    else ref.current.toast(explain(e, what));
  };
  const start = useRef({
    run: () => {
      const { roomId, token, language, stdin, cases } = ref.current;
      const judged = cases?.();
      if (judged && !judged.ok) return ref.current.toast(casesProblem(judged));
      Api.run(roomId, token, language, judged ? judged.body : stdin).then(() => setRetryAt(null), failed("Run"));
    },
    submit: () => {
      const { roomId, token, language } = ref.current;
      Api.submit(roomId, token, language).then(() => setRetryAt(null), failed("Submit"));
    },
  }).current;
  const actions = useRef({
    run: () => {
      if (!ref.current.canRun) return;
      if (ref.current.activeRunId) setQueued("run");
      else start.run();
    },
    stop: () => {
      const { roomId, token, activeRunId, toast } = ref.current;
      setQueued(null); // Stop means stop: nothing queued starts after it
      if (activeRunId) Api.cancelRun(roomId, token, activeRunId).catch((e) => toast(explain(e, "Stop")));
    },
    unqueue: () => setQueued(null),
    submit: () => {
      if (!ref.current.canSubmit) return;
      if (ref.current.activeRunId) setQueued("submit");
      else start.submit();
    },
  }).current;

  // The run going now has ended: what was queued behind it starts.
  useEffect(() => {
    if (a.activeRunId || !queued) return;
    setQueued(null);
    start[queued]();
  }, [a.activeRunId, queued, start]);

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
  return { ...actions, status: { queued, retryAt } satisfies RunStatus };
}
