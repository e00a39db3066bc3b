/**
 * When this language's buffer is empty, offer its starter code: the problem's stub when a problem
 * is on the table, else the language's template. Only on a click: the server seeds starters itself
 * when the language or the problem changes, so nothing is inserted automatically.
 */
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { ApiLanguage } from "../../../contracts/api";
import { codeText } from "../../../contracts/room-state";
import { starterFor } from "../problem/starter";
import { useLoadedProblem } from "../problem/useProblem";
import { useObserveDeep } from "../room/hooks";

export function EmptyBufferHint({ doc, language, problemSlug = null }: { doc: Y.Doc; language: ApiLanguage; problemSlug?: string | null }) {
  const { t } = useTranslation();
  const text = codeText(doc, language.id);
  useObserveDeep(text);
  const problem = useLoadedProblem(problemSlug);
  // With a problem on the table, wait for its stub rather than offer the template.
  const starter = problemSlug && !problem ? "" : starterFor(language, problem);
  if (text.length > 0 || !starter) return null;
  return (
    <div className="empty-buffer">
      <span>{t("editor.empty", { file: language.fileName })}</span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          if (text.length === 0) text.insert(0, starter);
        }}
      >
        {t("editor.insertStarter")}
      </button>
    </div>
  );
}
