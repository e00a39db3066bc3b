/**
 * "Run this version": the buffer as it stood at a moment, run again now (a review run, which the
 * Room records as the interviewers' and never shows the candidate). Its output is read from
 * `GET …/runs/:runId` every POLL_MS until it ends, so it streams in as the runner prints.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { LanguageId } from "../../../contracts/languages";
import type { ResponseBody } from "../../../contracts/route-bodies";
import { getRun, runVersion } from "./record-api";

export const POLL_MS = 400;
/** Polls that may fail in a row (about ten seconds) before the run is given up on. */
const MAX_FAILURES = 25;
const FINAL = new Set(["finished", "failed", "cancelled", "interrupted"]);

type StoredRun = ResponseBody<"run">["run"];
export type VersionRun =
  | { state: "starting"; at: number; language: string }
  | { state: "running" | "done"; at: number; language: string; run: StoredRun | null }
  | { state: "refused"; at: number; language: string; error: unknown };

export function useVersionRun(roomId: string, token: string | undefined) {
  const [run, setRun] = useState<VersionRun | null>(null);
  const live = useRef(0); // the current run's number: a newer one stops the older one's polling

  useEffect(() => () => void live.current++, []);

  const start = useCallback(async (id: LanguageId, language: string, at: number, relative: number) => {
    const n = ++live.current;
    setRun({ state: "starting", at: relative, language });
    let runId: string;
    try {
      ({ runId } = await runVersion(roomId, token, id, at));
    } catch (error) {
      if (n === live.current) setRun({ state: "refused", at: relative, language, error });
      return;
    }
    let last: StoredRun | null = null;
    let failures = 0;
    while (n === live.current) {
      try {
        last = (await getRun(roomId, token, runId)).run;
        failures = 0;
      } catch (error) {
        // not stored yet, or a blip: ask again, for a while
        if (++failures > MAX_FAILURES) {
          if (n === live.current) setRun({ state: "refused", at: relative, language, error });
          return;
        }
      }
      if (n !== live.current) return;
      const done = last !== null && FINAL.has(last.status);
      setRun({ state: done ? "done" : "running", at: relative, language, run: last });
      if (done) return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }, [roomId, token]);

  return { run, start };
}
