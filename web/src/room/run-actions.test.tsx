/**
 * Run and Submit as a participant presses them: Submit pressed while a Run is being started or is
 * going is queued and starts when it ends (never a silent no-op, never a 409); a rate-limited Run
 * comes back with the moment runs are allowed again; with a problem, Run sends the panel's cases.
 */
import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../lib/api";
import { type RunStatus, useRunActions } from "./useRunActions";

const api = vi.hoisted(() => ({ run: vi.fn(), submit: vi.fn(), cancelRun: vi.fn() }));
vi.mock("../lib/api", async (importOriginal) => ({ ...(await importOriginal<typeof import("../lib/api")>()), Api: api }));

afterEach(() => vi.clearAllMocks());

type Props = { activeRunId: string | null; lastRunId: string | null; cases?: Parameters<typeof useRunActions>[0]["cases"] };
let actions: ReturnType<typeof useRunActions>;
let status: RunStatus;
const toast = vi.fn();

function Harness(p: Props) {
  actions = useRunActions({ roomId: "room", token: "tok", language: "python", stdin: "5\n", canRun: true, canSubmit: true, toast, ...p });
  status = actions.status;
  return null;
}

describe("useRunActions", () => {
  it("queues a Submit pressed right after Run, before the run is even in the doc, and starts it when the run ends", async () => {
    let answer!: (v: { runId: string }) => void;
    api.run.mockReturnValue(new Promise((r) => (answer = r)));
    api.submit.mockResolvedValue({ runId: "s1" });
    const { rerender } = render(<Harness activeRunId={null} lastRunId={null} />);
    act(() => actions.run());
    act(() => actions.submit());
    expect(api.run).toHaveBeenCalledWith("room", "tok", "python", "5\n");
    expect(api.submit).not.toHaveBeenCalled();
    expect(status.queued).toBe("submit");
    await act(async () => answer({ runId: "r1" }));
    rerender(<Harness activeRunId="r1" lastRunId="r1" />);
    expect(api.submit).not.toHaveBeenCalled();
    rerender(<Harness activeRunId={null} lastRunId="r1" />);
    expect(api.submit).toHaveBeenCalledTimes(1);
    expect(status.queued).toBeNull();
  });

  it("Stop calls off what was queued", () => {
    api.cancelRun.mockResolvedValue({});
    const { rerender } = render(<Harness activeRunId="r1" lastRunId="r1" />);
    act(() => actions.submit());
    expect(status.queued).toBe("submit");
    act(() => actions.stop());
    rerender(<Harness activeRunId={null} lastRunId="r1" />);
    expect(api.cancelRun).toHaveBeenCalledWith("room", "tok", "r1");
    expect(api.submit).not.toHaveBeenCalled();
  });

  it("a 429 sets when runs are allowed again instead of a toast", async () => {
    api.run.mockRejectedValue(new ApiError(429, "rate_limited", "too many runs", 12));
    render(<Harness activeRunId={null} lastRunId={null} />);
    const before = Date.now();
    await act(async () => actions.run());
    expect(status.retryAt).toBeGreaterThanOrEqual(before + 12_000);
    expect(toast).not.toHaveBeenCalled();
  });

  it("with a problem, Run sends the panel's cases, and refuses a case that does not fit, naming it", () => {
    api.run.mockResolvedValue({ runId: "r1" });
    const { rerender } = render(<Harness activeRunId={null} lastRunId={null} cases={() => ({ ok: true, body: { examples: [1], cases: [{ n: 1 }] } })} />);
    act(() => actions.run());
    expect(api.run).toHaveBeenCalledWith("room", "tok", "python", { examples: [1], cases: [{ n: 1 }] });
    rerender(<Harness activeRunId={null} lastRunId="r1" cases={() => ({ ok: false, reason: "invalid", index: 2 })} />);
    act(() => actions.run());
    expect(api.run).toHaveBeenCalledTimes(1);
    expect(toast).toHaveBeenCalledWith("Case 3 has a value that does not fit the function's parameters: fix it to run.");
  });
});
