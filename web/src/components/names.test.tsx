/**
 * Participants' names, room titles and chat lines are text: markup in them stays characters,
 * and each sits in its own direction-isolated element (<bdi> or dir="auto"), so a right-to-left
 * or bidi-override name cannot reorder the words around it. No component renders raw HTML except
 * the sanitised problem statement.
 */
import { render } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { chatArray, runOrderArray, runsMap } from "../../../contracts/room-state";
import type { Identity } from "../../../contracts/wire";
import { ChatPanel } from "./ChatPanel";
import { ConsolePanel } from "./ConsolePanel";
import { Participants } from "./Participants";
import { TopBar } from "./TopBar";

const MARKUP = `<img src=x onerror="alert(1)"><b>bold</b>`;
const NAMES = [`Mallory ${MARKUP}`, "\u202eevil\u202c", "ليلى حسن", "अनन्या शर्मा"];

/** The text of every <bdi> or dir="auto" element, and whether the markup became elements. */
function isolated(container: HTMLElement) {
  return {
    texts: [...container.querySelectorAll("bdi, [dir=auto]")].map((e) => e.textContent),
    injected: container.querySelectorAll("img, b").length,
  };
}

describe("names are text", () => {
  it("participants list", () => {
    const awareness = new Awareness(new Y.Doc());
    NAMES.forEach((name, i) => {
      const user: Identity = { userId: `u${i}`, name, role: "candidate", color: "#123456" };
      awareness.states.set(1000 + i, { user });
    });
    const me: Identity = { userId: "me", name: "Grace", role: "interviewer", color: "#654321" };
    const { container } = render(<Participants awareness={awareness} me={me} />);
    const { texts, injected } = isolated(container);
    expect(injected).toBe(0);
    expect(texts.sort()).toEqual([...NAMES, "Grace"].sort());
  });

  it("chat names and lines", () => {
    const chat = chatArray(new Y.Doc());
    chat.push(NAMES.map((name, i) => ({ id: `m${i}`, userId: `u${i}`, name, role: "candidate", text: `${name} says ${MARKUP}`, ts: 0 })));
    const { container } = render(<ChatPanel chat={chat} myUserId="me" role="candidate" send={async () => {}} />);
    const { texts, injected } = isolated(container);
    expect(injected).toBe(0);
    expect(texts).toEqual(NAMES.flatMap((name) => [name, `${name} says ${MARKUP}`]));
  });

  it("room title and who ran the code", () => {
    const top = render(
      <TopBar title={NAMES[0]} languages={[]} language="python" canSwitchLanguage={false} onLanguage={() => {}} canRun={false} running={false}
        onRun={() => {}} onStop={() => {}} canSubmit={false} submitHint="" onSubmit={() => {}} timer={null} people={null} status={null} theme={null} />,
    );
    expect(isolated(top.container)).toEqual({ texts: [NAMES[0]], injected: 0 });

    const state = new Y.Doc();
    const rec = new Y.Map<unknown>();
    runsMap(state).set("r1", rec);
    for (const [k, v] of Object.entries({ id: "r1", mode: "program", language: "python", status: "running", by: { userId: "u", name: NAMES[2] }, createdAt: 0 })) rec.set(k, v);
    runOrderArray(state).push(["r1"]);
    const console_ = render(<ConsolePanel state={state} stdin="" setStdin={() => {}} />);
    expect(isolated(console_.container).texts).toContain(NAMES[2]);
  });

  it("no component renders raw HTML but the sanitised problem statement", () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), ".."); // a string: happy-dom replaces URL
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const raw = files.filter((f) => readFileSync(join(src, f), "utf8").includes("dangerouslySetInnerHTML"));
    expect(raw.map((f) => f.replaceAll("\\", "/"))).toEqual(["problem/ProblemView.tsx"]);
  });
});
