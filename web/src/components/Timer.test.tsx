/**
 * The interview clock as its people see it: time left for everyone, a quiet warning at five
 * minutes and at one (a class and one polite announcement each), "Time's up" at zero; the
 * interviewer's controls send the commands the Room takes.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Timer as TimerState, TimerCommand } from "../../../contracts/room-state";
import { Timer } from "./Timer";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1, 10, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const running = (minutesLeft: number, atZero: TimerState["atZero"] = "nothing"): TimerState => ({ durationMs: minutesLeft * MINUTE, startedAt: T0, elapsedMs: 0, atZero });
const tick = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const announced = () => screen.getByTestId("timer-announcement").textContent;

describe("the interview clock", () => {
  it("warns quietly at five minutes and at one, announcing each once, and says Time's up at zero", () => {
    render(<Timer timer={running(6, "read-only")} canControl={false} command={() => {}} />);
    const timer = screen.getByRole("timer");
    expect(screen.getByTestId("timer-value").textContent).toBe("06:00");
    expect(timer.dataset.stage).toBe("0");
    expect(announced()).toBe("");
    expect(screen.queryByRole("button")).toBeNull(); // the candidate's clock has no controls
    expect(screen.getByTestId("timer-value").title).toContain("The candidate can no longer edit");

    tick(MINUTE);
    expect(timer.dataset.stage).toBe("1");
    expect(timer.className).toContain("timer-low");
    expect(announced()).toBe("Five minutes or less left.");
    tick(3 * MINUTE);
    expect(announced()).toBe("Five minutes or less left."); // once, not every second
    tick(MINUTE);
    expect(timer.className).toContain("timer-critical");
    expect(announced()).toBe("One minute or less left.");
    expect(screen.queryByRole("dialog")).toBeNull(); // never a modal
    tick(MINUTE);
    expect(timer.className).toContain("timer-over");
    expect(screen.getByTestId("timer-value").textContent).toBe("Time's up");
    expect(announced()).toBe("Time's up");
  });

  it("a page opened with four minutes left shows the warning without announcing it; five more minutes re-arm it", () => {
    const { rerender } = render(<Timer timer={running(4)} canControl={false} command={() => {}} />);
    expect(screen.getByRole("timer").className).toContain("timer-low");
    expect(announced()).toBe("");
    rerender(<Timer timer={running(9)} canControl={false} command={() => {}} />);
    expect(screen.getByRole("timer").dataset.stage).toBe("0");
    tick(4 * MINUTE + 1000);
    expect(announced()).toBe("Five minutes or less left.");
  });

  it("the interviewer pauses, adds five minutes, resumes and resets", () => {
    const sent: TimerCommand[] = [];
    const { rerender } = render(<Timer timer={running(30)} canControl command={(c) => sent.push(c)} />);
    fireEvent.click(screen.getByRole("button", { name: "Pause timer" }));
    fireEvent.click(screen.getByRole("button", { name: "Add five minutes" }));
    rerender(<Timer timer={{ ...running(30), startedAt: null, elapsedMs: MINUTE }} canControl command={(c) => sent.push(c)} />);
    expect(screen.getByTestId("timer-value").textContent).toBe("29:00");
    fireEvent.click(screen.getByRole("button", { name: "Resume timer" }));
    fireEvent.click(screen.getByRole("button", { name: "Reset timer" }));
    expect(sent).toEqual([{ action: "pause" }, { action: "adjust", minutes: 5 }, { action: "resume" }, { action: "reset" }]);
  });

  it("the interviewer picks a length (a preset or typed) and what happens at zero; a bad length is refused with a message", () => {
    const sent: TimerCommand[] = [];
    render(<Timer timer={null} canControl command={(c) => sent.push(c)} />);
    fireEvent.click(screen.getByRole("button", { name: /Set the timer/ }));
    const dialog = screen.getByRole("dialog");
    fireEvent.click(screen.getByRole("button", { name: "1 hour, 30 minutes" }));
    expect((screen.getByLabelText("Minutes") as HTMLInputElement).value).toBe("90");
    fireEvent.change(screen.getByLabelText("Minutes"), { target: { value: "0" } });
    expect(screen.getByRole("alert").textContent).toMatch(/1 to 600/);
    expect((screen.getByTestId("timer-apply") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Minutes"), { target: { value: "20" } });
    fireEvent.click(screen.getByLabelText("The candidate's code is submitted"));
    fireEvent.click(screen.getByTestId("timer-apply"));
    expect(sent).toEqual([{ action: "start", minutes: 20, atZero: "submit" }]);
    expect(dialog.isConnected).toBe(false);
  });
});
