/**
 * The replay's state: where in the interview the reader is, playing or not and how fast, the
 * frame (code, authors, notes) of that moment. The position is React state set at most once per
 * animation frame; the timeline builds its checkpoints in idle slices after the first paint.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { PlayClock, type Speed } from "./clock";
import { markersOf, Moments, nextMarker, prevMarker } from "./moments";
import type { LoadedRecord } from "./record-api";
import { momentFromHash, openingLanguage, spanOf } from "./span";
import { byTime, Timeline, withOpening } from "./timeline";

export function useReplay(rec: LoadedRecord) {
  const model = useMemo(() => {
    const all = byTime(rec.events);
    const { base, events } = withOpening({ files: {}, authors: {}, notes: "", language: openingLanguage(all) }, all);
    const timeline = new Timeline(base, events);
    return { timeline, span: spanOf(rec.head, events), moments: new Moments(events), markers: markersOf(events) };
  }, [rec]);
  const { timeline, span } = model;
  const clock = useMemo(() => new PlayClock(span.length), [span.length]);
  const [pos, setPos] = useState(() => momentFromHash(location.hash, span) ?? 0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeedState] = useState<Speed>(1);
  const posRef = useRef(pos);
  posRef.current = pos;

  useEffect(() => clock.seek(performance.now(), posRef.current), [clock]);

  // Playing: one position per animation frame, read from the clock (no ticks to drift).
  useEffect(() => {
    if (!playing) return;
    let id = 0;
    const tick = (now: number) => {
      setPos(clock.position(now));
      if (clock.ended(now)) {
        clock.pause(now);
        setPlaying(false);
        return;
      }
      id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [playing, clock]);

  // Checkpoints ahead, in slices of a few ms between frames.
  useEffect(() => {
    let id: ReturnType<typeof setTimeout>;
    const step = () => {
      if (!timeline.buildUntil(performance.now() + 8)) id = setTimeout(step, 0);
    };
    id = setTimeout(step, 0);
    return () => clearTimeout(id);
  }, [timeline]);

  // The address names the moment (#t=), for a link to it; a link pasted in the same page seeks.
  // A link pasted while a write is pending wins: the write is skipped when the address is no longer
  // the one this page wrote last (else the old moment would overwrite the link before its hashchange).
  const written = useRef(location.hash);
  useEffect(() => {
    const id = setTimeout(() => {
      if (location.hash !== written.current && location.hash.startsWith("#t=")) return;
      history.replaceState(history.state, "", `${location.pathname}${location.search}#t=${Math.round(pos)}`);
      written.current = location.hash;
    }, playing ? 1000 : 150);
    return () => clearTimeout(id);
  }, [pos, playing]);

  const seek = useCallback((at: number) => {
    const now = performance.now();
    clock.seek(now, at);
    setPos(clock.position(now));
  }, [clock]);

  useEffect(() => {
    const on = () => {
      written.current = location.hash;
      const at = momentFromHash(location.hash, span);
      if (at !== null && Math.round(at) !== Math.round(posRef.current)) seek(at);
    };
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, [seek, span]);

  const toggle = useCallback(() => {
    const now = performance.now();
    if (clock.playing) {
      clock.pause(now);
      setPos(clock.position(now));
      setPlaying(false);
    } else {
      clock.play(now);
      setPos(clock.position(now));
      setPlaying(true);
    }
  }, [clock]);

  const setSpeed = useCallback((s: Speed) => {
    clock.setSpeed(performance.now(), s);
    setSpeedState(s);
  }, [clock]);

  const step = useCallback((dir: 1 | -1) => {
    const at = span.start + posRef.current;
    const m = dir > 0 ? nextMarker(model.markers, Math.round(at)) : prevMarker(model.markers, Math.round(at));
    if (m) seek(m.t - span.start);
  }, [model.markers, seek, span.start]);

  const t = span.start + pos;
  const frame = timeline.frameAt(t);
  return { ...model, pos, t, frame, playing, speed, seek, toggle, setSpeed, step };
}

export type Replay = ReturnType<typeof useReplay>;
