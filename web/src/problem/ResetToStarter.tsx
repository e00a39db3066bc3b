/**
 * "Reset to starter": replaces this language's code with the starter, after a confirmation (it
 * throws away what is there, for everyone in the room). A Yjs edit of the participant's own, so it
 * converges like any other and the record names who made it.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { codeText } from "../../../contracts/room-state";
import type { LanguageId } from "../../../contracts/languages";

export function replaceCode(doc: Y.Doc, language: LanguageId, starter: string): void {
  const text = codeText(doc, language);
  if (text.toString() === starter) return;
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, starter);
  });
}

export function ResetToStarter({ onReset }: { onReset(): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <button type="button" className="btn btn-small" onClick={() => setAsking(true)}>{t("problemFlow.reset")}</button>;
  }
  return (
    <fieldset className="problem-choice">
      <legend>{t("problemFlow.resetConfirm")}</legend>
      <div className="problem-choice-actions">
        <button type="button" className="btn btn-small btn-danger" onClick={() => (onReset(), setAsking(false))}>{t("problemFlow.resetYes")}</button>
        <button type="button" className="btn btn-small" onClick={() => setAsking(false)}>{t("problemFlow.cancel")}</button>
      </div>
    </fieldset>
  );
}
