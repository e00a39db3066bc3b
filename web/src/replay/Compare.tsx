/**
 * Compare two marked moments: the current language's code at A against B, line by line (removed
 * lines with −, added with +). Marks are set from the transport; either one seeks on a click.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { diffLines } from "./line-diff";
import { clockText } from "./span";
import type { Timeline } from "./timeline";

interface Props {
  timeline: Timeline;
  start: number;
  language: string;
  marks: { a: number | null; b: number | null };
  onSeek(pos: number): void;
  onClear(): void;
}

const SIGN = { same: " ", add: "+", del: "−" } as const;

export function Compare({ timeline, start, language, marks, onSeek, onClear }: Props) {
  const { t } = useTranslation();
  const { a, b } = marks;
  const lines = useMemo(() => {
    if (a === null || b === null) return null;
    const [from, to] = a <= b ? [a, b] : [b, a];
    return diffLines(timeline.frameAt(start + from).files[language] ?? "", timeline.frameAt(start + to).files[language] ?? "");
  }, [timeline, start, language, a, b]);
  const changed = lines?.filter((l) => l.op !== "same").length ?? 0;
  return (
    <div className="replay-compare" data-testid="replay-compare">
      <p className="compare-marks">
        {a === null ? t("replay.markAHint") : <button type="button" className="link-btn" onClick={() => onSeek(a)}>{t("replay.markAt", { mark: "A", at: clockText(a) })}</button>}
        {" · "}
        {b === null ? t("replay.markBHint") : <button type="button" className="link-btn" onClick={() => onSeek(b)}>{t("replay.markAt", { mark: "B", at: clockText(b) })}</button>}
        {(a !== null || b !== null) && <> · <button type="button" className="link-btn" onClick={onClear}>{t("replay.clearMarks")}</button></>}
      </p>
      {lines && (
        <>
          <p className="muted">{changed === 0 ? t("replay.noDifference") : t("replay.linesChanged", { count: changed })}</p>
          {/* biome-ignore lint/a11y/useSemanticElements: a <pre> keeps the code's whitespace; role=region names it */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling diff must take focus so keyboards can scroll it (axe: scrollable-region-focusable) */}
          <pre className="diff" tabIndex={0} role="region" aria-label={t("replay.diffLabel")} data-testid="replay-diff">
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff's lines have no identity but their place
              <div key={i} className={`diff-line diff-${l.op}`}><span className="diff-sign">{SIGN[l.op]}</span>{l.text}</div>
            ))}
          </pre>
        </>
      )}
    </div>
  );
}
