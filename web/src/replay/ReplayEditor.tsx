/**
 * The code at the moment, read-only, in Monaco: each author's text decorated in their colour
 * (classes from authors.ts). A change of moment edits the model by its changed middle only, so
 * the view keeps its scroll while playing. Loaded lazily with Monaco.
 */
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { monaco } from "../editor/monaco";
import { useSettings } from "../components/settings";
import { type AuthorRun, runRanges } from "./delta";

type CodeEditor = Parameters<OnMount>[0];

export interface ReplayEditorProps {
  text: string;
  runs: readonly AuthorRun[];
  language: { monacoId: string; fileName: string };
  /** The decoration class of an author's text (null: undecorated, the room's own text). */
  classOf(userId: string | null): string | null;
  /** Each author's name, for the hover over their text. */
  nameOf(userId: string | null): string | null;
  theme: "light" | "dark";
}

export default function ReplayEditor({ text, runs, language, classOf, nameOf, theme }: ReplayEditorProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const decorations = useRef<ReturnType<CodeEditor["createDecorationsCollection"]> | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another language is another model (its path), to fill and decorate
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const old = model.getValue();
    if (old !== text) {
      let head = 0;
      while (head < old.length && head < text.length && old[head] === text[head]) head++;
      let tail = 0;
      while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
      const range = monaco.Range.fromPositions(model.getPositionAt(head), model.getPositionAt(old.length - tail));
      model.applyEdits([{ range, text: text.slice(head, text.length - tail) }]);
    }
    decorations.current ??= editor.createDecorationsCollection();
    decorations.current.set(
      runRanges(runs).flatMap((r) => {
        const cls = classOf(r.userId);
        if (!cls || r.end > text.length) return [];
        const range = monaco.Range.fromPositions(model.getPositionAt(r.start), model.getPositionAt(r.end));
        return [{ range, options: { inlineClassName: cls, hoverMessage: { value: nameOf(r.userId) ?? "", isTrusted: false, supportHtml: false } } }];
      }),
    );
  }, [editor, text, runs, classOf, nameOf, language.fileName]);

  return (
    <Editor
      path={`file:///replay/${language.fileName}`}
      defaultValue={text}
      language={language.monacoId}
      theme={settings.contrast === "more" ? (theme === "dark" ? "hc-black" : "hc-light") : theme === "dark" ? "duet-dark" : "duet-light"}
      onMount={(ed) => setEditor(ed)}
      loading={<div className="editor-loading">{t("editor.loading")}</div>}
      options={{
        readOnly: true,
        readOnlyMessage: { value: t("replay.readOnly") },
        domReadOnly: true,
        fontSize: settings.fontSize,
        fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
        minimap: { enabled: false },
        padding: { top: 12, bottom: 12 },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        renderLineHighlight: "none",
        ariaLabel: t("replay.codeLabel", { file: language.fileName }),
        fixedOverflowWidgets: true,
      }}
    />
  );
}
