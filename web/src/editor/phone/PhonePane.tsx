/**
 * The touch editor: CodeMirror 6, which phones can edit (Monaco cannot), bound to the room's
 * `code:<language>` Y.Text by collab.ts with the desktop editor's rules. One view per buffer:
 * switching languages or a code-doc reset makes a new one, while the buffer's undo history lives
 * with its Y.Text (../undo.ts). Loaded lazily, and it imports nothing of Monaco (nor Monaco of it).
 */
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit } from "@codemirror/language";
import { Compartment, EditorState, Prec, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSettings } from "../../components/settings";
import { useMediaQuery } from "../../room/useMediaQuery";
import type { MonacoPaneProps } from "../MonacoPane";
import "../remote-cursors.css";
import { duetCollab } from "./collab";
import { loadLanguage } from "./languages";
import "./phone.css";
import { editorTheme, fontSize } from "./theme";
import { codeText } from "../../../../contracts/room-state";

export type PhonePaneProps = MonacoPaneProps;

const readOnlyExt = (readOnly: boolean): Extension => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
const labelExt = (label: string): Extension =>
  EditorView.contentAttributes.of({ "aria-label": label, autocapitalize: "off", autocorrect: "off", spellcheck: "false" });

export default function PhonePane(props: PhonePaneProps) {
  const { doc, awareness, language, readOnly, theme } = props;
  const { t } = useTranslation();
  const label = t("editor.ariaLabel", { file: language.fileName });
  const settings = useSettings(); // font size and high contrast, from the settings dialog
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const host = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [parts] = useState(() => ({ theme: new Compartment(), readOnly: new Compartment(), language: new Compartment(), label: new Compartment(), font: new Compartment(), caret: new Compartment() }));
  const look = { theme: editorTheme(theme, settings.contrast), font: fontSize(settings.fontSize), caret: drawSelection({ cursorBlinkRate: reducedMotion ? 0 : 1200 }), label: labelExt(label) };
  const latestLook = useRef(look);
  latestLook.current = look;

  useEffect(() => {
    const ytext = codeText(doc, language.id);
    const run = (which: "onRun" | "onSubmit") => () => (latest.current[which]?.(), true);
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          duetCollab(ytext, awareness),
          parts.theme.of(latestLook.current.theme),
          parts.font.of(latestLook.current.font),
          parts.readOnly.of(readOnlyExt(latest.current.readOnly)),
          parts.language.of([]),
          lineNumbers(),
          highlightActiveLine(),
          highlightActiveLineGutter(),
          parts.caret.of(latestLook.current.caret),
          bracketMatching(),
          closeBrackets(),
          indentOnInput(),
          indentUnit.of("    "),
          EditorState.tabSize.of(4),
          EditorView.lineWrapping,
          // Run and Submit as in Monaco, and not again by the page's own Ctrl+Enter (useRunActions).
          Prec.high(keymap.of([
            { key: "Mod-Enter", run: run("onRun"), stopPropagation: true },
            { key: "Mod-Shift-Enter", run: run("onSubmit"), stopPropagation: true },
          ])),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap]),
          parts.label.of(latestLook.current.label),
        ],
      }),
    });
    setView(v);
    let live = true;
    void loadLanguage(language.id).then((ext) => live && v.dispatch({ effects: parts.language.reconfigure(ext) }));
    return () => {
      live = false;
      v.destroy();
      setView(null);
    };
  }, [doc, awareness, language.id, parts]);

  // The look follows the page's theme, the settings, reduced motion and the interface language live:
  // those are read through latestLook, so they are listed as what re-runs the effect.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the extra dependencies are the triggers
  useEffect(() => {
    const { theme, font, caret, label } = latestLook.current;
    view?.dispatch({ effects: [parts.theme.reconfigure(theme), parts.font.reconfigure(font), parts.caret.reconfigure(caret), parts.label.reconfigure(label)] });
  }, [view, parts, theme, settings.contrast, settings.fontSize, reducedMotion, label]);
  useEffect(() => view?.dispatch({ effects: parts.readOnly.reconfigure(readOnlyExt(readOnly)) }), [view, readOnly, parts]);

  return <div ref={host} className="phone-editor" data-testid="phone-editor" />;
}
