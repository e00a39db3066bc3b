/**
 * The editor slot: Monaco, or on a touch device the touch editor (editor/phone: Monaco does not
 * support touch), each in a lazy chunk of its own; until it arrives a skeleton of the same size.
 * A switch under it picks the other editor (editor/phone/choice.ts).
 */
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { MonacoPaneProps } from "../editor/MonacoPane";
import { editorKind, storedChoice, TOUCH_PRIMARY, useEditorKind } from "../editor/phone/choice";
import { EditorSwitch } from "../editor/phone/EditorSwitch";

const loadMonacoPane = () => import("../editor/MonacoPane");
const loadPhonePane = () => import("../editor/phone/PhonePane");
const MonacoPane = lazy(loadMonacoPane);
const PhonePane = lazy(loadPhonePane);

/**
 * Starts fetching (and evaluating) this device's editor chunk now, e.g. on the Join click, so it
 * loads alongside the join request and the room's sockets instead of after the room has rendered
 * (issue 17: Monaco is most of the join's time). The module system keeps the one load; the lazy
 * component above then finds it done or under way.
 */
export function preloadEditor(): void {
  const touchPrimary = typeof matchMedia === "function" && matchMedia(TOUCH_PRIMARY).matches;
  void (editorKind(storedChoice(), touchPrimary) === "touch" ? loadPhonePane() : loadMonacoPane()).catch(() => {
    // the lazy component retries and shows the failure where the editor goes
  });
}

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
