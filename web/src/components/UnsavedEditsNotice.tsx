/**
 * The participant's edits that the room refused to merge (room/unsaved-edits.ts), shown until they
 * act on each buffer: copy it, restore it into the editor (when they may write), or dismiss it.
 * Never hidden on a timer: this is their work.
 */
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { copyText } from "../lib/clipboard";
import type { UnsavedEdits } from "../room/unsaved-edits";
import { CheckIcon } from "./icons";

interface Props {
  edits: UnsavedEdits;
  fileName(language: string): string;
  /** Null when restoring is possible; otherwise why not, in words. */
  cannotRestore: string | null;
  onRestore(language: string): void;
  onDismiss(language: string): void;
}

export function UnsavedEditsNotice({ edits, fileName, cannotRestore, onRestore, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <section className="unsaved" aria-labelledby="unsaved-title" data-testid="unsaved-edits">
      <h2 id="unsaved-title" role="alert">{t("unsaved.title")}</h2>
      <p className="muted">{t("unsaved.text")}</p>
      {Object.entries(edits.buffers).map(([language, kept]) => (
        <KeptBuffer key={language} name={fileName(language)} text={kept.text} cannotRestore={cannotRestore}
          onRestore={() => onRestore(language)} onDismiss={() => onDismiss(language)} />
      ))}
    </section>
  );
}

function KeptBuffer(p: { name: string; text: string; cannotRestore: string | null; onRestore(): void; onDismiss(): void }) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const id = `unsaved-${p.name.replace(/\W+/g, "-")}`;
  return (
    <div className="unsaved-buffer">
      <div className="unsaved-buffer-head">
        <label htmlFor={id}>{t("unsaved.yours", { file: p.name })}</label>
        <button type="button" className="btn btn-small" onClick={async () => setCopied(await copyText(p.text, area.current))}>
          {copied ? <><CheckIcon /> {t("common.copied")}</> : t("unsaved.copy")}
        </button>
        <button type="button" className="btn btn-small btn-primary" onClick={p.onRestore} disabled={p.cannotRestore !== null}
          title={p.cannotRestore ?? t("unsaved.restoreHint")}>
          {t("unsaved.restore")}
        </button>
        <button type="button" className="btn btn-small" onClick={p.onDismiss} aria-label={t("unsaved.dismissLabel", { file: p.name })}>{t("unsaved.dismiss")}</button>
      </div>
      {p.cannotRestore && <p className="muted">{p.cannotRestore}</p>}
      <textarea id={id} ref={area} readOnly value={p.text} rows={Math.min(6, p.text.split("\n").length)} spellCheck={false} dir="ltr" />
    </div>
  );
}
