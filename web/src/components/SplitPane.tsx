/**
 * Two panes and a draggable, keyboard-operable divider (role="separator": arrow keys move it,
 * Home/End snap to the limits). The split is a percentage, remembered per `id`.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

interface Props {
  id: string;
  direction: "horizontal" | "vertical";
  initial: number;
  min?: number;
  max?: number;
  label: string;
  children: [ReactNode, ReactNode];
}

function stored(id: string, fallback: number): number {
  try {
    const v = Number(localStorage.getItem(`duet:split:${id}`));
    return v > 0 && v < 100 ? v : fallback;
  } catch {
    return fallback;
  }
}

export function SplitPane({ id, direction, initial, min = 15, max = 85, label, children }: Props) {
  const [pct, setPctRaw] = useState(() => stored(id, initial));
  const box = useRef<HTMLDivElement>(null);
  const setPct = useCallback(
    (v: number) => {
      const clamped = Math.min(max, Math.max(min, v));
      setPctRaw(clamped);
      try {
        localStorage.setItem(`duet:split:${id}`, String(clamped));
      } catch {}
    },
    [id, min, max],
  );
  const horizontal = direction === "horizontal";

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const rect = box.current!.getBoundingClientRect();
    const move = (ev: globalThis.PointerEvent) =>
      setPct(horizontal ? ((ev.clientX - rect.left) / rect.width) * 100 : ((ev.clientY - rect.top) / rect.height) * 100);
    const up = () => {
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
      document.body.classList.remove("resizing");
    };
    document.body.classList.add("resizing");
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 10 : 2;
    const less = horizontal ? "ArrowLeft" : "ArrowUp";
    const more = horizontal ? "ArrowRight" : "ArrowDown";
    if (e.key === less) setPct(pct - step);
    else if (e.key === more) setPct(pct + step);
    else if (e.key === "Home") setPct(min);
    else if (e.key === "End") setPct(max);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={box} className={`split split-${direction}`}>
      <div className="split-pane" style={{ flexBasis: `${pct}%` }}>
        {children[0]}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable, draggable splitter is a separator widget; <hr> can be neither */}
      <div
        className="split-handle"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-orientation={horizontal ? "vertical" : "horizontal"}
        aria-valuenow={Math.round(pct)}
        aria-valuemin={min}
        aria-valuemax={max}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane split-rest">{children[1]}</div>
    </div>
  );
}
