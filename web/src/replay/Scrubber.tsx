/**
 * The scrubber: a native range input (arrow keys, Page Up/Down, Home/End; its value read out as a
 * time) over the whole interview, with the record's markers drawn on a strip above it and the
 * compare marks A and B. Markers are for the eye and the mouse; keyboards step between them with
 * the previous/next event buttons (J / L), which say where they landed.
 */
import { useTranslation } from "react-i18next";
import type { Author } from "./authors";
import type { Marker, MarkerKind } from "./moments";
import { clockText } from "./span";

interface Props {
  length: number;
  pos: number;
  start: number;
  markers: readonly Marker[];
  marks: { a: number | null; b: number | null };
  authors: Map<string, Author>;
  onSeek(pos: number): void;
}

/** Where a key on the scrubber goes: arrows a second (Shift: ten), Page Up/Down a minute, Home/End the ends. */
export function keyStep(key: string, shift: boolean, pos: number, length: number): number | null {
  const by = shift ? 10_000 : 1_000;
  const to: Record<string, number> = {
    ArrowRight: pos + by, ArrowUp: pos + by, ArrowLeft: pos - by, ArrowDown: pos - by,
    PageUp: pos + 60_000, PageDown: pos - 60_000, Home: 0, End: length,
  };
  return Object.hasOwn(to, key) ? Math.max(0, Math.min(length, to[key])) : null;
}

export function useMarkerLabel() {
  const { t } = useTranslation();
  const labels: Record<MarkerKind, string> = {
    run: t("replay.marker.run"), pass: t("replay.marker.pass"), fail: t("replay.marker.fail"), stop: t("replay.marker.stop"),
    chat: t("replay.marker.chat"), note: t("replay.marker.note"), paste: t("replay.marker.paste"), focus: t("replay.marker.focus"), drop: t("replay.marker.drop"),
  };
  return (m: Marker, authors: Map<string, Author>) => {
    const who = m.userId ? authors.get(m.userId)?.name : undefined;
    return who ? t("replay.markerBy", { what: labels[m.kind], name: who }) : labels[m.kind];
  };
}

export function Scrubber({ length, pos, start, markers, marks, authors, onSeek }: Props) {
  const { t } = useTranslation();
  const label = useMarkerLabel();
  const pct = (at: number) => `${length > 0 ? (at / length) * 100 : 0}%`;
  return (
    <div className="scrubber">
      {/* For the eye and the mouse only: keyboards and screen readers step with the previous/next event buttons. */}
      <div className="scrubber-markers" data-testid="replay-markers" aria-hidden="true">
        {markers.map((m) => (
          <button
            type="button"
            tabIndex={-1}
            key={`${m.seq}-${m.kind}`}
            className={`marker marker-${m.kind}`}
            data-kind={m.kind}
            data-t={m.t - start}
            style={{ left: pct(m.t - start) }}
            title={`${label(m, authors)} · ${clockText(m.t - start)}`}
            onClick={() => onSeek(m.t - start)}
          />
        ))}
        {marks.a !== null && <span className="mark" data-mark="A" style={{ left: pct(marks.a) }} />}
        {marks.b !== null && <span className="mark" data-mark="B" style={{ left: pct(marks.b) }} />}
      </div>
      <input
        type="range"
        className="scrubber-range"
        data-testid="replay-scrubber"
        min={0}
        max={length}
        // Any value (a marker or the end falls between whole seconds): the keys' steps are ours.
        step="any"
        value={Math.round(pos)}
        onKeyDown={(e) => {
          const to = keyStep(e.key, e.shiftKey, pos, length);
          if (to === null) return;
          e.preventDefault();
          onSeek(to);
        }}
        aria-label={t("replay.position")}
        aria-valuetext={t("replay.positionText", { at: clockText(pos), total: clockText(length) })}
        onChange={(e) => onSeek(Number(e.target.value))}
      />
    </div>
  );
}
