/**
 * One run's streamed output: stdout and stderr told apart, ANSI colours rendered, auto-scrolled.
 * A focusable, labelled region (read it with the arrow keys); not a live region: a program's output
 * would flood a screen reader, so the console announces the run's state and result instead.
 */
import { useLayoutEffect, useMemo, useRef, type JSX } from "react";
import { useTranslation } from "react-i18next";
import type { OutputChunk } from "../../../contracts/room-state";
import { parseAnsi, segmentProps, type AnsiStyle } from "../lib/ansi";

export function RunOutput({ chunks, placeholder }: { chunks: OutputChunk[]; placeholder: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLPreElement>(null);
  const stick = useRef(true);
  const spans = useMemo(() => {
    const styles: Record<string, AnsiStyle> = { stdout: {}, stderr: {} };
    const out: JSX.Element[] = [];
    chunks.forEach((c, i) => {
      const { segments, style } = parseAnsi(c.data, styles[c.stream]);
      styles[c.stream] = style;
      segments.forEach((s, j) => {
        const p = segmentProps(s.style);
        out.push(
          // biome-ignore lint/suspicious/noArrayIndexKey: output only grows; chunk i's segment j is always the same span
          <span key={`${i}.${j}`} className={`out-${c.stream}${p.className ? ` ${p.className}` : ""}`} style={p.style}>
            {s.text}
          </span>,
        );
      });
    });
    return out;
  }, [chunks]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new output is what keeps the view at the bottom
  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [spans]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a <pre> keeps the output's whitespace; role=region names it as a landmark
    <pre
      ref={box}
      className="run-output"
      data-testid="run-output"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: scrolling output must take focus so keyboards can scroll it (axe: scrollable-region-focusable)
      tabIndex={0}
      role="region"
      aria-label={t("console.programOutput")}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
      }}
    >
      {spans.length > 0 ? spans : <span className="out-placeholder">{placeholder}</span>}
    </pre>
  );
}
