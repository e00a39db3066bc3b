/**
 * The transport under the replay: play/pause, speed (1×–16×), previous/next event, the time, the
 * scrubber, the compare marks and "Run this version". Keys anywhere outside a field: K or Space
 * plays and pauses, J and L step to the previous and next event.
 */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Author } from "./authors";
import { SPEEDS, type Speed } from "./clock";
import { Scrubber } from "./Scrubber";
import { clockText } from "./span";
import type { Replay } from "./useReplay";

interface Props {
  replay: Replay;
  authors: Map<string, Author>;
  marks: { a: number | null; b: number | null };
  onMark(which: "a" | "b"): void;
  onRun(): void;
  running: boolean;
}

/** Whether a key press belongs to the control under it (typing, a button's own Space, a select). */
function ownKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  if (el.closest(".monaco-editor, textarea, select, [contenteditable='true']")) return true;
  if (el instanceof HTMLInputElement && el.type !== "range") return true;
  return e.key === " " && (el instanceof HTMLButtonElement || el.getAttribute("role") === "tab");
}

export function Transport({ replay, authors, marks, onMark, onRun, running }: Props) {
  const { t } = useTranslation();
  const { pos, span, playing, speed, toggle, setSpeed, step, seek, markers } = replay;

  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownKey(e)) return;
      const act = { k: toggle, " ": toggle, j: () => step(-1), l: () => step(1) }[e.key.toLowerCase()];
      if (!act) return;
      e.preventDefault();
      act();
    };
    window.addEventListener("keydown", on);
    return () => window.removeEventListener("keydown", on);
  }, [toggle, step]);

  return (
    <section className="replay-transport" aria-label={t("replay.transport")}>
      <div className="transport-row">
        <button type="button" className="btn btn-small" onClick={() => step(-1)} aria-keyshortcuts="J" data-testid="replay-prev">
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M3 2.5v11M13 2.5v11l-8-5.5z" stroke="currentColor" strokeWidth="1.6" fill="currentColor" /></svg> {t("replay.prevEvent")}
        </button>
        <button type="button" className="btn btn-primary btn-small transport-play" onClick={toggle} aria-keyshortcuts="K Space" data-testid="replay-play">
          {playing ? t("replay.pause") : t("replay.play")}
        </button>
        <button type="button" className="btn btn-small" onClick={() => step(1)} aria-keyshortcuts="L" data-testid="replay-next">
          {t("replay.nextEvent")} <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M13 2.5v11M3 2.5v11l8-5.5z" stroke="currentColor" strokeWidth="1.6" fill="currentColor" /></svg>
        </button>
        <label className="transport-speed">
          <span>{t("replay.speed")}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)} data-testid="replay-speed">
            {SPEEDS.map((s) => <option key={s} value={s}>{`${s}×`}</option>)}
          </select>
        </label>
        <output className="transport-time" data-testid="replay-time">
          {clockText(pos)} / {clockText(span.length)}
        </output>
        <span className="transport-spacer" />
        <button type="button" className="btn btn-small" onClick={() => onMark("a")} data-testid="mark-a">{t("replay.markA")}</button>
        <button type="button" className="btn btn-small" onClick={() => onMark("b")} data-testid="mark-b">{t("replay.markB")}</button>
        <button type="button" className="btn btn-run btn-small" onClick={onRun} disabled={running} data-testid="run-version">
          {running ? <span className="spinner" aria-hidden="true" /> : null} {t("replay.runVersion")}
        </button>
      </div>
      <Scrubber length={span.length} pos={pos} start={span.start} markers={markers} marks={marks} authors={authors} onSeek={seek} />
    </section>
  );
}
