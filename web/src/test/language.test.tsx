/**
 * The language switch: the select asks the room (optimistically), keeps a local choice on a
 * server without the command, reverts on refusal; and the editor binds each language to its own
 * `code:<language>` Y.Text and Monaco model, so switching keeps every buffer.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { ApiLanguage } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { LanguageSelect } from "../components/LanguageSelect";
import { ApiError } from "../lib/api";
import { useLanguage } from "../room/useLanguage";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { codeText } from "../../../contracts/room-state";

const bindings: { text: Y.Text; model: { path: string }; destroyed: boolean }[] = [];
vi.mock("../editor/binding", () => ({
  DuetBinding: class {
    rec: (typeof bindings)[number];
    constructor(text: Y.Text, model: { path: string }) {
      this.rec = { text, model, destroyed: false };
      bindings.push(this.rec);
    }
    destroy() {
      this.rec.destroyed = true;
    }
  },
}));
vi.mock("../editor/remote-cursors", () => ({ RemoteCursors: class { destroy() {} } }));
vi.mock("../editor/monaco", () => ({ monaco: { KeyMod: { CtrlCmd: 1, Shift: 2 }, KeyCode: { Enter: 3 } } }));
vi.mock("@monaco-editor/react", () => {
  const fake = { path: "", addCommand: vi.fn(), getModel: () => ({ path: fake.path }) };
  return {
    default: ({ path, onMount }: { path: string; onMount(e: unknown): void }) => {
      fake.path = path; // @monaco-editor/react switches models by path
      // biome-ignore lint/correctness/useExhaustiveDependencies: mounts once, like the real editor
      useEffect(() => onMount(fake), []);
      return <div data-testid="monaco" data-path={path} />;
    },
  };
});

const { default: MonacoPane } = await import("../editor/MonacoPane");

const LANGS = [
  { id: "python", displayName: "Python 3", version: "3.11", fileName: "main.py", monacoId: "python", template: "print()\n", available: true },
  { id: "java", displayName: "Java (OpenJDK)", version: "17", fileName: "Main.java", monacoId: "java", template: "class Main {}\n", available: true },
  { id: "rust", displayName: "Rust", version: "1.63", fileName: "main.rs", monacoId: "rust", template: "fn main() {}\n", available: false },
] as ApiLanguage[];

function Switcher({ shared, send, onError = () => {} }: { shared?: LanguageId; send(id: LanguageId): Promise<unknown>; onError?(m: string): void }) {
  const [language, change] = useLanguage(shared, send, onError);
  return (
    <>
      <LanguageSelect languages={LANGS} value={language} onChange={change} />
      <output data-testid="current">{language}</output>
    </>
  );
}

describe("language switch", () => {
  beforeEach(() => void (bindings.length = 0));

  it("lists the run-only languages in a group of their own, after the judged ones", () => {
    const withRuby = [...LANGS.map((l) => ({ ...l, judged: true })), { id: "ruby", displayName: "Ruby", version: "3.1", fileName: "main.rb", monacoId: "ruby", template: "puts 1\n", judged: false, available: true }] as ApiLanguage[];
    render(<LanguageSelect languages={withRuby} value="python" onChange={() => {}} />);
    const groups = screen.getAllByRole("group") as HTMLOptGroupElement[];
    expect(groups.map((g) => g.label)).toEqual(["Judged: problems and programs", "Programs only"]);
    expect([...groups[1].querySelectorAll("option")].map((o) => o.value)).toEqual(["ruby"]);
    expect([...groups[0].querySelectorAll("option")].map((o) => o.value)).toEqual(["python", "java", "rust"]);
  });

  it("asks the room, shows the choice at once, and follows the room's language", async () => {
    const send = vi.fn().mockResolvedValue({});
    const { rerender } = render(<Switcher shared="python" send={send} />);
    expect((screen.getByRole("option", { name: /Rust/ }) as HTMLOptionElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "java" } });
    expect(send).toHaveBeenCalledWith("java");
    expect(screen.getByTestId("current").textContent).toBe("java");
    rerender(<Switcher shared="java" send={send} />);
    rerender(<Switcher shared="python" send={send} />); // someone else switched back
    expect(screen.getByTestId("current").textContent).toBe("python");
  });

  it("keeps a local choice when the server has no language command, reverts when refused", async () => {
    const missing = new ApiError(404, "not_found", `no route for POST ${pathTo(ROUTES.setLanguage, { roomId: "x" })}`);
    const { unmount } = render(<Switcher shared={undefined} send={vi.fn().mockRejectedValue(missing)} />);
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "java" } });
    await act(() => Promise.resolve());
    expect(screen.getByTestId("current").textContent).toBe("java");
    unmount();
    const onError = vi.fn();
    render(<Switcher shared="python" send={vi.fn().mockRejectedValue(new ApiError(403, "forbidden", "spectators cannot"))} onError={onError} />);
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "java" } });
    await act(() => Promise.resolve());
    expect(screen.getByTestId("current").textContent).toBe("python");
    expect(onError).toHaveBeenCalledWith("You aren't allowed to do that in this room."); // in words, not the API's
  });

  it("binds each language to its own Y.Text and model, so switching keeps every buffer", () => {
    const doc = new Y.Doc();
    codeText(doc, "python").insert(0, "print('py')");
    const awareness = new Awareness(doc);
    const props = { doc, awareness, readOnly: false, theme: "light" as const };
    const { rerender } = render(<MonacoPane {...props} language={LANGS[0]} />);
    expect(bindings).toHaveLength(1);
    expect(bindings[0].text).toBe(codeText(doc, "python"));
    expect(bindings[0].model.path).toBe("file:///duet/main.py");

    rerender(<MonacoPane {...props} language={LANGS[1]} />);
    expect(bindings[0].destroyed).toBe(true);
    expect(bindings[1].text).toBe(codeText(doc, "java"));
    expect(bindings[1].model.path).toBe("file:///duet/Main.java");
    codeText(doc, "java").insert(0, "class Main {}");

    rerender(<MonacoPane {...props} language={LANGS[0]} />);
    expect(bindings[2].text).toBe(codeText(doc, "python"));
    expect(codeText(doc, "python").toString()).toBe("print('py')");
    expect(codeText(doc, "java").toString()).toBe("class Main {}");
  });

  it("rebinds to a fresh doc after the room asked for a resync", () => {
    const first = new Y.Doc();
    const props = { readOnly: false, theme: "dark" as const, language: LANGS[0] };
    const { rerender } = render(<MonacoPane {...props} doc={first} awareness={new Awareness(first)} />);
    const fresh = new Y.Doc();
    rerender(<MonacoPane {...props} doc={fresh} awareness={new Awareness(fresh)} />);
    expect(bindings.at(-2)!.destroyed).toBe(true);
    expect(bindings.at(-1)!.text).toBe(codeText(fresh, "python"));
  });
});
