/**
 * The shared editor: Monaco bound to the room's `code:<language>` Y.Text (binding.ts: LF-only,
 * per-person undo), everyone else's caret and name drawn from awareness (remote-cursors.ts).
 * One Monaco model per language (path = the language's file), so switching languages keeps each
 * buffer; its undo history lives with the buffer's Y.Text (undo.ts), not with the binding.
 * Loaded lazily (this module pulls in Monaco).
 */
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { DuetBinding } from "./binding";
import { monaco } from "./monaco";
import { RemoteCursors } from "./remote-cursors";
import { LeaveEditorHint } from "../components/SettingsDialog";
import { useSettings } from "../components/settings";
import { useMediaQuery } from "../room/useMediaQuery";
import type { LanguageId } from "../../../contracts/languages";
import { codeText } from "../../../contracts/room-state";
import "./remote-cursors.css";

export interface MonacoPaneProps {
  doc: Y.Doc;
  awareness: Awareness;
  language: { id: LanguageId; monacoId: string; fileName: string };
  readOnly: boolean;
  readOnlyReason?: string;
  theme: "light" | "dark";
  onRun?(): void;
  onSubmit?(): void;
}

type CodeEditor = Parameters<OnMount>[0];

export default function MonacoPane(props: MonacoPaneProps) {
  const { doc, awareness, language, readOnly, readOnlyReason, theme } = props;
  const { t } = useTranslation();
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const actions = useRef(props);
  actions.current = props;
  const settings = useSettings(); // font size and high contrast, from the settings dialog
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");

  const onMount: OnMount = (ed) => {
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => actions.current.onRun?.());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => actions.current.onSubmit?.());
    // Screen readers hear how to leave the editor's Tab trap when they enter it (the hint under it).
    ed.getDomNode?.()?.querySelectorAll('[role="textbox"]').forEach((el) => el.setAttribute("aria-describedby", EDITOR_HINT_ID));
    setEditor(ed);
  };

  // Bind the current model to this language's Y.Text (rebinding after a switch or a code-doc reset).
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const binding = new DuetBinding(codeText(doc, language.id), model, editor, awareness);
    const cursors = new RemoteCursors(editor, binding, awareness);
    return () => {
      cursors.destroy();
      binding.destroy();
    };
  }, [editor, doc, awareness, language.id]);

  return (
    <>
    <Editor
      path={`file:///duet/${language.fileName}`}
      language={language.monacoId}
      theme={settings.contrast === "more" ? (theme === "dark" ? "hc-black" : "hc-light") : theme === "dark" ? "duet-dark" : "duet-light"}
      onMount={onMount}
      loading={<div className="editor-loading">{t("editor.loading")}</div>}
      options={{
        readOnly,
        readOnlyMessage: { value: readOnlyReason ?? t("editor.readOnly") },
        fontSize: settings.fontSize,
        fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
        minimap: { enabled: false },
        padding: { top: 16, bottom: 16 },
        scrollBeyondLastLine: false,
        smoothScrolling: !reducedMotion,
        cursorBlinking: reducedMotion ? "solid" : "blink",
        automaticLayout: true,
        tabSize: 4,
        renderLineHighlight: "all",
        ariaLabel: t("editor.ariaLabel", { file: language.fileName }),
        fixedOverflowWidgets: true,
        // Monaco's "paste as" takes the paste, then picks an edit asynchronously and drops it if the
        // text changed meanwhile: in a shared editor, a collaborator's keystroke in that moment
        // silently lost the paste (seen in e2e under load). The plain paste is synchronous.
        pasteAs: { enabled: false },
      }}
    />
    <LeaveEditorHint id={EDITOR_HINT_ID} className="editor-hint" />
    </>
  );
}

const EDITOR_HINT_ID = "editor-keyboard-hint";
