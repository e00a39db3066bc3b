/**
 * The editor slot: Monaco, or on a touch device the touch editor (editor/phone: Monaco does not
 * support touch), each in a lazy chunk of its own; until it arrives a skeleton of the same size.
 * A switch under it picks the other editor (editor/phone/choice.ts).
 */
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { MonacoPaneProps } from "../editor/MonacoPane";
import { useEditorKind } from "../editor/phone/choice";
import { EditorSwitch } from "../editor/phone/EditorSwitch";

const MonacoPane = lazy(() => import("../editor/MonacoPane"));
const PhonePane = lazy(() => import("../editor/phone/PhonePane"));

export function CodeEditor(props: MonacoPaneProps) {
  const [kind, setKind] = useEditorKind();
  const Pane = kind === "touch" ? PhonePane : MonacoPane;
  const { t } = useTranslation();
  return (
    <>
      <div id="editor" className="editor-host" data-testid="editor" data-editor={kind} data-language={props.language.id} data-readonly={props.readOnly}>
        <Suspense fallback={<div className="editor-loading">{t("editor.loading")}</div>}>
          <Pane {...props} />
        </Suspense>
      </div>
      <EditorSwitch kind={kind} onChange={setKind} />
    </>
  );
}
