/**
 * The server's word on the code, for when the record's deltas cannot rebuild it here: a record
 * from before deltas were kept, or one whose rebuilt end differs from the Room's (checked once,
 * at load). Then each moment's buffers come from `GET …/record/code?t=`, one request in flight at
 * a time and always for the latest moment asked (playing asks often; the answer catches up).
 */
import { useEffect, useRef, useState } from "react";
import type { CodeAtResponse } from "../../../contracts/record";
import { codeAt } from "./record-api";
import type { Timeline } from "./timeline";

/** Whether the frames rebuilt here can be trusted: every delta present, and the end as the Room has it. */
export function useTrusted(roomId: string, token: string | undefined, timeline: Timeline, end: number): boolean {
  const [trusted, setTrusted] = useState(timeline.complete);
  useEffect(() => {
    if (!timeline.complete) return;
    let live = true;
    codeAt(roomId, token, end).then((server) => {
      const mine = timeline.frameAt(end);
      const same = Object.entries(server.files).every(([id, text]) => (mine.files[id] ?? "") === text);
      if (live && !same) setTrusted(false);
    }, () => {});
    return () => {
      live = false;
    };
  }, [roomId, token, timeline, end]);
  return trusted;
}

export function useServerCode(roomId: string, token: string | undefined, t: number, enabled: boolean): CodeAtResponse | null {
  const [code, setCode] = useState<CodeAtResponse | null>(null);
  const want = useRef<number | null>(null);
  const busy = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    want.current = Math.round(t);
    if (busy.current) return;
    busy.current = true;
    void (async () => {
      while (want.current !== null) {
        const at = want.current;
        want.current = null;
        try {
          setCode(await codeAt(roomId, token, at));
        } catch {
          // a blip: the next moment asked tries again
        }
      }
      busy.current = false;
    })();
  }, [roomId, token, t, enabled]);
  return enabled ? code : null;
}
