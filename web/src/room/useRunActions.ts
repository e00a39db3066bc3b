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
import type { CasesBody, CasesForRun } from "../cases/case-drafts";
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
  /** The room's latest run, whatever its state: how a started run is known to have reached the doc. */
  lastRunId?: string | null;
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
  // A start asked for and not yet in the state doc ("request" until the server answers with its id):
  // a Submit pressed right after Run waits for it too, rather than meeting a 409.
  const [starting, setStarting] = useState<string | null>(null);
  // The run we started is in the doc (going, or already over): the doc's state speaks for it now.
  if (starting && starting !== "request" && (a.activeRunId === starting || a.lastRunId === starting)) setStarting(null);
  const busy = useRef(false);
  busy.current = starting !== null;
  const started = ({ runId }: { runId: string }) => {
    setRetryAt(null);
    setStarting(runId);
  };
  const failed = (what: "Run" | "Submit") => (e: unknown) => {
    setStarting(null);
    if (e instanceof ApiError && e.status === 429 && e.retryAfter) setRetryAt(Date.now() + e.retryAfter * 1000);
    else ref.current.toast(explain(e, what));
  };
  /** The panel's cases, or why they cannot run (said at once, also when the Run would be queued). */
  const readyCases = (): CasesBody | null | false => {
    const judged = ref.current.cases?.() ?? null;
    if (judged && !judged.ok) {
      ref.current.toast(casesProblem(judged));
      return false;
    }
    return judged ? judged.body : null;
  };
  const start = useRef({
    run: () => {
      const { roomId, token, language, stdin } = ref.current;
      const judged = readyCases();
      if (judged === false) return;
      setStarting("request");
      Api.run(roomId, token, language, judged ?? stdin).then(started, failed("Run"));
    },
    submit: () => {
      const { roomId, token, language } = ref.current;
      setStarting("request");
      Api.submit(roomId, token, language).then(started, failed("Submit"));
    },
  }).current;
  const actions = useRef({
    run: () => {
      if (!ref.current.canRun || readyCases() === false) return;
      if (ref.current.activeRunId || busy.current) setQueued("run");
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
      if (ref.current.activeRunId || busy.current) setQueued("submit");
      else start.submit();
    },
  }).current;

  // The run going now has ended: what was queued behind it starts.
  useEffect(() => {
    if (a.activeRunId || starting || !queued) return;
    setQueued(null);
    start[queued]();
  }, [a.activeRunId, starting, queued, start]);

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
