/**
 * The browser's side of the integrity signals (issue 14): pastes into the code editor (their size,
 * and whether they came from outside it), the window losing and regaining focus, the page hidden
 * and shown. They go to POST …/signals through SignalsReporter (./signals.ts), and the last of them
 * as the page goes away. Candidates and interviewers report; a spectator's focus says nothing about
 * the interview, and the route refuses theirs.
 */
import { useEffect } from "react";
import type { Role } from "../../../contracts/wire";
import { Api, ApiError } from "../lib/api";
import { type Fingerprint, fingerprint, pasteSignal } from "./paste-origin";
import { type SendResult, SignalsReporter } from "./signals";

function outcome(e: unknown): SendResult {
  if (!(e instanceof ApiError) || e.status === 0 || e.status >= 500) return { retryAfterMs: 5000 };
  if (e.status === 429) return { retryAfterMs: (e.retryAfter ?? 5) * 1000 };
  return e.status === 401 || e.status === 403 || e.status === 404 ? "stop" : "drop";
}

/** `editor`: a selector for the code editor's container; pastes elsewhere (chat, notes) are not the code's. */
export function useSignals(roomId: string, token: string, role: Role, editor: string): void {
  useEffect(() => {
    if (role === "spectator") return;
    const reporter = new SignalsReporter((batch, { keepalive }) =>
      Api.signals(roomId, token, batch, keepalive).then((): SendResult => "sent", outcome));
    let lastCopy: Fingerprint | null = null;
    const inEditor = (e: Event) => e.target instanceof Element && e.target.closest(editor) !== null;
    // Bubbling, so the editor has put its selection on the clipboard already.
    const onCopy = (e: ClipboardEvent) => {
      const text = inEditor(e) ? e.clipboardData?.getData("text/plain") : undefined;
      if (text) lastCopy = fingerprint(text);
    };
    // Capturing, before the editor takes the paste.
    const onPaste = (e: ClipboardEvent) => {
      if (inEditor(e)) reporter.report(pasteSignal(e.clipboardData?.getData("text/plain") ?? "", lastCopy, Date.now()));
    };
    const onBlur = () => reporter.report({ kind: "blur", at: Date.now() });
    const onFocus = () => reporter.report({ kind: "focus", at: Date.now() });
    const onVisibility = () => {
      const hidden = document.visibilityState === "hidden";
      reporter.report({ kind: hidden ? "hidden" : "visible", at: Date.now() });
      // A hidden page may be frozen or discarded without a pagehide (phones): send while it can.
      if (hidden) reporter.flushNow();
    };
    const onPageHide = () => reporter.flushNow();
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCopy);
    document.addEventListener("paste", onPaste, true);
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCopy);
      document.removeEventListener("paste", onPaste, true);
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      reporter.flushNow();
      reporter.stop();
    };
  }, [roomId, token, role, editor]);
}
