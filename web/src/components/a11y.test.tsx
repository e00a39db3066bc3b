/**
 * The accessibility pieces in happy-dom: the settings (validated, remembered, applied), the dialog's
 * focus (moved in, kept in, not pulled back by a re-render, given back), the tabs' keys and Tab
 * stops, the live regions (only news is announced; your own chat lines are not), avatar ink.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { type ChatMessage, chatArray, runOrderArray, runsMap } from "../../../contracts/room-state";
import { ChatPanel } from "./ChatPanel";
import { ConsolePanel } from "./ConsolePanel";
import { Modal } from "./Modal";
import { avatarStyle } from "./Participants";
import { DEFAULT_FONT_SIZE, parseSettings, STORAGE_KEY } from "./settings";
import { SettingsDialog } from "./SettingsDialog";
import { Tabs } from "./Tabs";

describe("settings", () => {
  it("keeps only valid values, and follows the system's contrast when none is stored", () => {
    expect(parseSettings(null)).toEqual({ fontSize: DEFAULT_FONT_SIZE, contrast: "normal" });
    expect(parseSettings(null, "more")).toEqual({ fontSize: DEFAULT_FONT_SIZE, contrast: "more" });
    expect(parseSettings("{not json")).toEqual({ fontSize: DEFAULT_FONT_SIZE, contrast: "normal" });
    expect(parseSettings('{"fontSize":15,"contrast":"max"}', "more")).toEqual({ fontSize: DEFAULT_FONT_SIZE, contrast: "more" });
    expect(parseSettings('{"fontSize":18,"contrast":"normal"}', "more")).toEqual({ fontSize: 18, contrast: "normal" });
    expect(parseSettings("[1,2]")).toEqual({ fontSize: DEFAULT_FONT_SIZE, contrast: "normal" });
  });

  it("the dialog changes the font size and high contrast at once, and remembers both", () => {
    render(<SettingsDialog onClose={() => {}} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Editor font size (pixels)" }), { target: { value: "20" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "High contrast" }));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ fontSize: 20, contrast: "more" });
    expect(document.documentElement.dataset.contrast).toBe("more");
    expect((screen.getByRole("checkbox", { name: "High contrast" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "High contrast" }));
    expect(document.documentElement.dataset.contrast).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).contrast).toBe("normal");
  });

  it("says how to leave the editor's Tab trap", () => {
    render(<SettingsDialog onClose={() => {}} />);
    expect(screen.getByRole("dialog", { name: "Settings" }).textContent).toContain("Press Ctrl+M, then Tab, to leave the editor");
  });
});

describe("Modal", () => {
  function Host({ onClose }: { onClose(): void }) {
    const [n, setN] = useState(0);
    return (
      <>
        <button type="button">outside</button>
        {/* a new onClose every render, as a parent that re-renders often passes */}
        <Modal title="Dialog" onClose={() => onClose()}>
          <button type="button" onClick={() => setN(n + 1)}>re-render {n}</button>
          <input aria-label="last" />
        </Modal>
      </>
    );
  }

  it("moves the focus in, keeps Tab inside, is not pulled back by a re-render, and gives the focus back", () => {
    const outside = document.createElement("button");
    document.body.append(outside);
    outside.focus();
    const onClose = vi.fn();
    const { unmount } = render(<Host onClose={onClose} />);
    const close = screen.getByRole("button", { name: "Close" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(window, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(screen.getByLabelText("last"));
    fireEvent.keyDown(window, { key: "Tab" });
    expect(document.activeElement).toBe(close);

    const again = screen.getByRole("button", { name: /re-render/ });
    again.focus();
    fireEvent.click(again);
    expect(screen.getByRole("button", { name: "re-render 1" })).toBe(document.activeElement);
    fireEvent.keyDown(window, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});

describe("Tabs", () => {
  it("Home and End jump; a panel is a Tab stop unless its content takes the focus", () => {
    function Host() {
      const [active, setActive] = useState("a");
      return <Tabs label="T" active={active} onChange={setActive} tabs={[
        { id: "a", label: "A", panel: <p>a</p> },
        { id: "b", label: "B", panel: <p>b</p> },
        { id: "c", label: "C", focusable: false, panel: <textarea aria-label="c" /> },
      ]} />;
    }
    render(<Host />);
    const tab = (name: string) => screen.getByRole("tab", { name });
    tab("A").focus();
    fireEvent.keyDown(tab("A"), { key: "End" });
    expect(tab("C").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tab("C"));
    expect(screen.getByRole("tabpanel", { name: "C" }).hasAttribute("tabindex")).toBe(false);
    fireEvent.keyDown(tab("C"), { key: "Home" });
    expect(document.activeElement).toBe(tab("A"));
    expect(screen.getByRole("tabpanel", { name: "A" }).getAttribute("tabindex")).toBe("0");
  });

  it("an unread badge is text for a screen reader, not a prohibited aria-label", () => {
    render(<Tabs label="T" active="a" onChange={() => {}} tabs={[{ id: "a", label: "A", panel: null }, { id: "chat", label: "Chat", badge: 2, panel: null }]} />);
    const chat = screen.getByRole("tab", { name: /^Chat ?, 2 new messages$/ });
    expect(chat.querySelector("[aria-label]")).toBeNull();
  });
});

describe("live regions", () => {
  const msg = (id: string, userId: string, name: string, text: string): ChatMessage => ({ id, userId, name, role: "candidate", text, ts: 0 });

  it("chat: others' new lines are announced; what was there before and your own lines are not", () => {
    const doc = new Y.Doc();
    const chat = chatArray(doc);
    chat.push([msg("1", "u1", "Ada", "old news")]);
    render(<ChatPanel chat={chat} myUserId="me" role="interviewer" send={async () => ({})} />);
    const log = screen.getByTestId("chat-announcer");
    expect(log.getAttribute("role")).toBe("log");
    expect(log.textContent).toBe("");
    act(() => chat.push([msg("2", "me", "Grace", "mine"), msg("3", "u1", "Ada", "hello")]));
    expect(log.textContent).toBe("Ada says: hello");
  });

  it("console: a run's state and result are announced as they change, not on load", () => {
    const doc = new Y.Doc();
    const runs = runsMap(doc);
    const start = (id: string) => doc.transact(() => {
      const rec = new Y.Map<unknown>();
      runs.set(id, rec);
      for (const [k, v] of Object.entries({ id, mode: "program", language: "python", by: { userId: "u", name: "Ada" }, status: "running", createdAt: 0, output: new Y.Array() })) rec.set(k, v);
      runOrderArray(doc).push([id]);
    });
    start("r1");
    render(<ConsolePanel state={doc} stdin="" setStdin={() => {}} />);
    const status = screen.getByTestId("run-announcer");
    expect(status.getAttribute("role")).toBe("status");
    expect(status.textContent).toBe("");
    act(() => start("r2"));
    act(() => runs.get("r2")!.set("status", "queued"));
    expect(status.textContent).toBe("Queued");
    act(() => doc.transact(() => {
      runs.get("r2")!.set("status", "finished");
      runs.get("r2")!.set("exit", { stage: "run", status: "OK", exitCode: 0, signal: null, timeMs: 5, wallMs: 9, memoryKb: 100, truncated: false });
    }));
    expect(status.textContent).toBe("Run finished: Finished");
    act(() => doc.transact(() => runs.get("r2")!.set("judge", { mode: "run", verdict: "WA", passed: 2, total: 3, timeMs: 1, memoryKb: 1 })));
    expect(status.textContent).toBe("Wrong Answer · 2 / 3 test cases passed");
  });
});

describe("avatars", () => {
  it("initials in white or black, whichever reads at 4.5:1 on the person's colour", () => {
    expect(avatarStyle("#1f5fbf")).toEqual({ background: "#1f5fbf", color: "#fff" });
    expect(avatarStyle("#65a30d")).toEqual({ background: "#65a30d", color: "#000" }); // white would be 3.0:1
    expect(avatarStyle("#d97706").color).toBe("#000");
    expect(avatarStyle("var(--x)").color).toBe("#fff");
  });
});
