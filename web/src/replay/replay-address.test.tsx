/**
 * The replay's address names its moment (#t=), written a beat after each move; a link pasted in
 * the same page seeks there, even while a write of the previous moment is still pending.
 */
import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LoadedRecord } from "./record-api";
import { useReplay } from "./useReplay";

const record = { head: { startedAt: 1_000, endedAt: 11_000, room: { createdAt: 1_000, endedAt: 11_000 } }, events: [] } as unknown as LoadedRecord;
let replay: ReturnType<typeof useReplay>;

function Harness() {
  replay = useReplay(record);
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, "", "/rooms/r/replay");
});
afterEach(() => vi.useRealTimers());

describe("the replay's address", () => {
  it("names the moment a beat after a seek", () => {
    render(<Harness />);
    act(() => replay.seek(8_000));
    expect(location.hash).toBe("");
    act(() => vi.advanceTimersByTime(200));
    expect(location.hash).toBe("#t=8000");
  });

  it("opens at the moment its link names", () => {
    history.replaceState(null, "", "/rooms/r/replay#t=2500");
    render(<Harness />);
    expect(Math.round(replay.pos)).toBe(2_500);
  });

  it("keeps a link pasted while the last moment's write was pending, and seeks there", () => {
    render(<Harness />);
    act(() => replay.seek(8_000));
    location.hash = "#t=2000"; // pasted before the seek's write; its hashchange has not run yet
    act(() => vi.advanceTimersByTime(200));
    expect(location.hash).toBe("#t=2000");
    act(() => {
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(Math.round(replay.pos)).toBe(2_000);
    act(() => vi.advanceTimersByTime(200));
    expect(location.hash).toBe("#t=2000");
    act(() => replay.seek(5_000));
    act(() => vi.advanceTimersByTime(200));
    expect(location.hash).toBe("#t=5000");
  });
});
