/**
 * When this language's buffer is empty, offer its starter code. Only on a click: the server seeds
 * templates itself when the language is switched, so nothing is inserted automatically.
 */
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { ApiLanguage } from "../../../contracts/api";
import { codeText } from "../../../contracts/room-state";
import { useObserveDeep } from "../room/hooks";

export function EmptyBufferHint({ doc, language }: { doc: Y.Doc; language: ApiLanguage }) {
  const { t } = useTranslation();
  const text = codeText(doc, language.id);
  useObserveDeep(text);
  if (text.length > 0 || !language.template) return null;
  return (
    <div className="empty-buffer">
      <span>{t("editor.empty", { file: language.fileName })}</span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          if (text.length === 0) text.insert(0, language.template);
        }}
      >
        {t("editor.insertStarter")}
      </button>
    </div>
  );
}
