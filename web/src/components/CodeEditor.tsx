/** The editor slot: Monaco arrives in a lazy chunk; until then a skeleton of the same size. */
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { MonacoPaneProps } from "../editor/MonacoPane";

const MonacoPane = lazy(() => import("../editor/MonacoPane"));

export function CodeEditor(props: MonacoPaneProps) {
  const { t } = useTranslation();
  return (
    <div id="editor" className="editor-host" data-testid="editor" data-language={props.language.id} data-readonly={props.readOnly}>
      <Suspense fallback={<div className="editor-loading">{t("editor.loading")}</div>}>
        <MonacoPane {...props} />
      </Suspense>
    </div>
  );
}
