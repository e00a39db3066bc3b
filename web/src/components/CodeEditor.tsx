/** The editor slot: Monaco arrives in a lazy chunk; until then a skeleton of the same size. */
import { lazy, Suspense } from "react";
import type { MonacoPaneProps } from "../editor/MonacoPane";

const MonacoPane = lazy(() => import("../editor/MonacoPane"));

export function CodeEditor(props: MonacoPaneProps) {
  return (
    <div className="editor-host" data-testid="editor" data-language={props.language.id} data-readonly={props.readOnly}>
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <MonacoPane {...props} />
      </Suspense>
    </div>
  );
}
