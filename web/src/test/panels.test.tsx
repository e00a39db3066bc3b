/** The panels against real Yjs docs shaped as the Room writes them (contracts/room-state.ts). */
import DOMPurify from "dompurify";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { type ChatMessage, chatArray, runOrderArray, runsMap } from "../../../contracts/room-state";
import { ChatPanel } from "../components/ChatPanel";
import { ConsolePanel } from "../components/ConsolePanel";
import { ProblemPanel } from "../components/ProblemPanel";
import { pathTo, ROUTES } from "../../../contracts/routes";

function stateWithRun(fields: Record<string, unknown>, chunks: { stream: string; data: string }[]) {
  const doc = new Y.Doc();
  doc.transact(() => {
    const rec = new Y.Map<unknown>();
    runsMap(doc).set("r1", rec);
    for (const [k, v] of Object.entries({ id: "r1", mode: "program", language: "python", by: { userId: "u", name: "Ada" }, status: "running", createdAt: 0, ...fields })) rec.set(k, v);
    const out = new Y.Array();
    out.push(chunks);
    rec.set("output", out);
    runOrderArray(doc).push(["r1"]);
  });
  return doc;
}

describe("ConsolePanel", () => {
  it("streams output live, stdout and stderr apart, ANSI colours rendered", () => {
    const doc = stateWithRun({}, [{ stream: "stdout", data: "hi \x1b[32mgreen\x1b[0m\n" }]);
    render(<ConsolePanel state={doc} stdin="" setStdin={() => {}} />);
    expect(screen.getByText("Running…")).toBeTruthy();
    expect(screen.getByText("green").className).toContain("fg-ansi-green");
    const rec = runsMap(doc).get("r1")!;
    act(() => (rec.get("output") as Y.Array<unknown>).push([{ stream: "stderr", data: "Traceback" }]));
    expect(screen.getByText("Traceback").className).toContain("out-stderr");
    act(() => {
      doc.transact(() => {
        rec.set("status", "finished");
        rec.set("exit", { stage: "run", status: "OK", exitCode: 0, signal: null, timeMs: 12, wallMs: 30, memoryKb: 2048, truncated: false });
      });
    });
    expect(screen.getByText("Finished")).toBeTruthy();
    expect(screen.getByText(/2\.0 MB/)).toBeTruthy();
  });

  it("names compile errors and shows per-test verdicts", () => {
    const doc = stateWithRun(
      {
        status: "finished",
        exit: { stage: "test", status: "CE", exitCode: 1, signal: null, timeMs: 1, wallMs: 1, memoryKb: 0, truncated: false },
        tests: [
          { index: 0, kind: "example", verdict: "AC", timeMs: 3, memoryKb: 100 },
          { index: 1, kind: "example", verdict: "WA", timeMs: 3, memoryKb: 100, input: "n = 1", actual: "1", expected: "2", stdout: "debug" },
        ],
      },
      [],
    );
    render(<ConsolePanel state={doc} stdin="" setStdin={() => {}} />);
    expect(screen.getByText("Compilation error")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Test results" }));
    expect(screen.getByText("1 / 2 test cases passed")).toBeTruthy();
    expect(screen.getByText("Expected")).toBeTruthy();
    expect(screen.getByText("n = 1")).toBeTruthy();
    expect(screen.getByText("debug")).toBeTruthy();
  });

  it("a judged run opens on its verdict: k / N with the judge's total", () => {
    const doc = stateWithRun(
      {
        status: "finished",
        mode: "submit",
        total: 12,
        tests: [{ index: 0, kind: "hidden", verdict: "AC", timeMs: 3, memoryKb: 100 }, { index: 1, kind: "hidden", verdict: "TLE", timeMs: 1000, memoryKb: 100 }],
        judge: { mode: "submit", verdict: "TLE", passed: 1, total: 12, timeMs: 1000, memoryKb: 100 },
      },
      [],
    );
    const { container } = render(<ConsolePanel state={doc} stdin="" setStdin={() => {}} />);
    expect(container.querySelector(".tests-summary")?.textContent).toMatch(/^Time Limit Exceeded · 1 \/ 12 test cases passed/);
  });

  it("passes stdin edits up", () => {
    const setStdin = vi.fn();
    render(<ConsolePanel state={new Y.Doc()} stdin="" setStdin={setStdin} />);
    fireEvent.change(screen.getByLabelText("Standard input for the next run"), { target: { value: "5\n" } });
    expect(setStdin).toHaveBeenCalledWith("5\n");
  });
});

describe("ChatPanel", () => {
  const msg = (id: string, userId: string, name: string, text: string): ChatMessage => ({ id, userId, name, role: "candidate", text, ts: 0 });

  it("renders the shared chat and sends through the command", async () => {
    const doc = new Y.Doc();
    const chat = chatArray(doc);
    chat.push([msg("1", "u1", "Ada", "hello")]);
    const send = vi.fn().mockResolvedValue({});
    render(<ChatPanel chat={chat} myUserId="u2" role="interviewer" send={send} />);
    expect(screen.getByText("hello")).toBeTruthy();
    act(() => chat.push([msg("2", "u2", "Grace", "hi Ada")]));
    expect(screen.getByText("hi Ada")).toBeTruthy();
    expect(screen.getByText("You")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Message"), { target: { value: "  ready?  " } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(send).toHaveBeenCalledWith("ready?"));
  });

  it("is read-only for spectators", () => {
    render(<ChatPanel chat={chatArray(new Y.Doc())} myUserId="u" role="spectator" send={vi.fn()} />);
    expect(screen.queryByLabelText("Message")).toBeNull();
    expect(screen.getByText(/Observers can read the chat/)).toBeTruthy();
  });
});

describe("ProblemPanel", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a clear empty state when no problem is picked", () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response(JSON.stringify({ error: { code: "not_found", message: `no route for GET ${pathTo(ROUTES.problems)}` } }), { status: 404 })));
    render(<ProblemPanel slug={null} canPick={false} />);
    expect(screen.getByText("No problem selected")).toBeTruthy();
  });

  it("renders the statement as sanitised markdown with examples and constraints", async () => {
    const problem = {
      slug: "two-sum", title: "Two Sum", difficulty: "Easy",
      statement: "Return **indices**.<script>alert(1)</script><img src=x onerror=alert(1)>",
      examples: [{ input: { nums: [2, 7], target: 9 }, output: [0, 1] }],
      constraints: ["2 <= nums.length <= 10^4"],
    };
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(problem)));
    vi.stubGlobal("fetch", fetch);
    // happy-dom's parser defeats DOMPurify (it returns its input there), so check the HTML goes
    // through it; what DOMPurify removes in a real browser is its own, well-tested business.
    const sanitize = vi.spyOn(DOMPurify, "sanitize");
    const { container } = render(<ProblemPanel slug="two-sum" canPick={false} />);
    await screen.findByRole("heading", { name: "Two Sum" });
    expect(fetch.mock.calls[0][0]).toBe(pathTo(ROUTES.problem, { slug: "two-sum" }));
    await waitFor(() => expect(container.querySelector(".markdown strong")?.textContent).toBe("indices"));
    expect(sanitize).toHaveBeenCalledWith(expect.stringContaining("<strong>indices</strong>"), expect.anything());
    expect(screen.getByText("Example 1")).toBeTruthy();
    expect(container.querySelector(".example pre")?.textContent).toContain("nums = [2,7], target = 9");
    expect(container.querySelector(".example pre")?.textContent).toContain("[0,1]");
    expect(screen.getByText("2 <= nums.length <= 10^4")).toBeTruthy();
    expect(screen.getByText("Easy")).toBeTruthy();
  });
});
