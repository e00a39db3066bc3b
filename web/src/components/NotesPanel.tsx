/**
 * The interviewer's private notes: a textarea bound to the `private` doc's Y.Text "notes", which
 * only interviewers can open (the room refuses the socket to anyone else). Local edits become the
 * minimal delete+insert; remote edits keep the caret where it was.
 */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { applyTextDiff } from "../lib/text-diff";
import { LockIcon } from "./icons";

export function NotesPanel({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = doc.getText("notes");
  useEffect(() => {
    const el = ref.current!;
    el.value = text.toString();
    const onRemote = (_e: Y.YTextEvent, tx: Y.Transaction) => {
      if (tx.local) return;
      const { selectionStart, selectionEnd } = el;
      el.value = text.toString();
      el.setSelectionRange(selectionStart, selectionEnd);
    };
    text.observe(onRemote);
    return () => text.unobserve(onRemote);
  }, [text]);
  return (
    <div className="notes" data-testid="private-notes">
      <p className="notes-hint"><LockIcon /> {t("notes.hint")}</p>
      <textarea
        ref={ref}
        aria-label={t("notes.label")}
        placeholder={t("notes.placeholder")}
        onInput={(e) => applyTextDiff(text, text.toString(), e.currentTarget.value)}
        spellCheck
      />
    </div>
  );
}
