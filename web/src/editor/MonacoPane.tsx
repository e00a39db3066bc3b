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
import "./remote-cursors.css";

export interface MonacoPaneProps {
  doc: Y.Doc;
  awareness: Awareness;
  language: { id: string; monacoId: string; fileName: string };
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

  const onMount: OnMount = (ed) => {
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => actions.current.onRun?.());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => actions.current.onSubmit?.());
    setEditor(ed);
  };

  // Bind the current model to this language's Y.Text (rebinding after a switch or a code-doc reset).
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const binding = new DuetBinding(doc.getText(`code:${language.id}`), model, editor, awareness);
    const cursors = new RemoteCursors(editor, binding, awareness);
    return () => {
      cursors.destroy();
      binding.destroy();
    };
  }, [editor, doc, awareness, language.id]);

  return (
    <Editor
      path={`file:///duet/${language.fileName}`}
      language={language.monacoId}
      theme={theme === "dark" ? "duet-dark" : "duet-light"}
      onMount={onMount}
      loading={<div className="editor-loading">{t("editor.loading")}</div>}
      options={{
        readOnly,
        readOnlyMessage: { value: readOnlyReason ?? t("editor.readOnly") },
        fontSize: 14,
        fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
        minimap: { enabled: false },
        padding: { top: 16, bottom: 16 },
        scrollBeyondLastLine: false,
        smoothScrolling: true,
        automaticLayout: true,
        tabSize: 4,
        renderLineHighlight: "all",
        ariaLabel: t("editor.ariaLabel", { file: language.fileName }),
        fixedOverflowWidgets: true,
      }}
    />
  );
}
