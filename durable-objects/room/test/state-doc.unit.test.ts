/** The state doc as a contract: what the Room's writers put in, the shared readers get back, typed. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  CODE_KEY_PREFIX, RUN_DOC_OUTPUT_BYTES, chatArray, codeKey, codeText, latestRunId, metaMap, readMeta, readRun, runsMap, setMeta,
} from "../../../contracts/room-state";
import { ROOM } from "../origins";
import { appendOutput, appendTest, createRun, patchRun } from "../runs/run-doc";
import { appendChat } from "../state-writes";

const by = { userId: "u-cam", name: "Cam" };

describe("the state doc contract", () => {
  it("meta reads whole before the room is configured, and from a room written before a field existed", () => {
    const doc = new Y.Doc();
    expect(readMeta(doc)).toEqual({
      title: "", expiresAt: null, endedAt: null, candidateReadOnly: false, language: "python", problemSlug: null, timer: null,
      spectatorsVisible: false, recordSpectators: false, observers: 0, hintCount: 0, hints: [],
    });
    metaMap(doc).set("title", "Onsite");
    metaMap(doc).set("language", "klingon"); // not a language this code knows
    metaMap(doc).set("observers", "three");
    expect(readMeta(doc)).toMatchObject({ title: "Onsite", language: "python", observers: 0, spectatorsVisible: false });
  });

  it("setMeta writes only the fields that change, as one transaction", () => {
    const doc = new Y.Doc();
    const updates: unknown[] = [];
    doc.on("update", (_u: Uint8Array, origin: unknown) => updates.push(origin));
    setMeta(doc, { title: "T", candidateReadOnly: true, timer: { durationMs: 60_000, startedAt: null, elapsedMs: 0, atZero: "nothing" } }, ROOM);
    expect(updates).toEqual([ROOM]);
    setMeta(doc, { title: "T", candidateReadOnly: true }, ROOM);
    expect(updates).toHaveLength(1); // nothing changed, nothing written
    expect(readMeta(doc)).toMatchObject({ title: "T", candidateReadOnly: true, timer: { durationMs: 60_000, startedAt: null, elapsedMs: 0 } });
  });

  it("a run as the Room writes it reads back typed, with its output, tests and verdict", () => {
    const doc = new Y.Doc();
    createRun(doc, { id: "r1", mode: "run", language: "python", by, createdAt: 1, problemSlug: "two-sum", total: 2 }, ROOM);
    patchRun(doc, "r1", { status: "running", startedAt: 2, queuePosition: null }, ROOM);
    appendOutput(doc, "r1", "stderr", "debug\n", ROOM);
    appendTest(doc, "r1", { index: 0, kind: "example", verdict: "AC", timeMs: 3, memoryKb: 1024 }, ROOM);
    patchRun(doc, "r1", { status: "finished", finishedAt: 5 }, ROOM);
    expect(latestRunId(doc)).toBe("r1");
    expect(readRun(doc, "r1")).toEqual({
      id: "r1", mode: "run", language: "python", by, status: "finished", queuePosition: null, createdAt: 1, startedAt: 2, finishedAt: 5,
      output: [{ stream: "stderr", data: "debug\n" }], outputBytes: 6, truncated: false, problemSlug: "two-sum", total: 2,
      tests: [{ index: 0, kind: "example", verdict: "AC", timeMs: 3, memoryKb: 1024 }],
    });
    expect(readRun(doc, "nope")).toBeNull();
  });

  it("output past the doc's cap is cut at a character and marked truncated", () => {
    const doc = new Y.Doc();
    createRun(doc, { id: "r", mode: "program", language: "c", by, createdAt: 1 }, ROOM);
    expect(appendOutput(doc, "r", "stdout", "é".repeat(RUN_DOC_OUTPUT_BYTES), ROOM)).toBe(false);
    const run = readRun(doc, "r")!;
    expect(run.truncated).toBe(true);
    expect(run.outputBytes).toBe(RUN_DOC_OUTPUT_BYTES);
    expect(run.tests).toBeUndefined(); // program runs have no tests
  });

  it("a record from before run modes reads as a program run", () => {
    const doc = new Y.Doc();
    const old = new Y.Map<unknown>();
    runsMap(doc).set("old", old);
    for (const [k, v] of Object.entries({ id: "old", language: "go", by, status: "finished", createdAt: 1 })) old.set(k, v);
    expect(readRun(doc, "old")).toMatchObject({ id: "old", mode: "program", output: [], outputBytes: 0, truncated: false });
  });

  it("chat and code buffers live under their contract keys", () => {
    const doc = new Y.Doc();
    appendChat(doc, { id: "c1", userId: "u", name: "Ann", role: "interviewer", text: "hi", ts: 1 }, ROOM);
    expect(chatArray(doc).toArray().map((m) => m.text)).toEqual(["hi"]);
    expect(codeKey("java")).toBe("code:java");
    expect(codeKey("java").startsWith(CODE_KEY_PREFIX)).toBe(true);
    codeText(doc, "rust").insert(0, "fn main() {}");
    expect(doc.getText("code:rust").toString()).toBe("fn main() {}");
  });
});
