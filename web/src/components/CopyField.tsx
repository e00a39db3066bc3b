/** A read-only link with a Copy button (clipboard API, with a select-all fallback). */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { copyText } from "../lib/clipboard";
import { CheckIcon } from "./icons";

/** `name` (a role: candidate, spectator, interviewer) names the field for ids and tests; `label` is what people read. */
export function CopyField({ name, label, value, hint }: { name: string; label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async (input: HTMLInputElement | null) => {
    await copyText(value, input);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const id = `copy-${name.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}{hint && <span className="field-hint"> — {hint}</span>}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid={`link-${name.toLowerCase()}`} />
        <button type="button" className="btn" onClick={(e) => copy(e.currentTarget.previousElementSibling as HTMLInputElement)} aria-label={t("common.copyLink", { label })}>
          {copied ? <><CheckIcon /> {t("common.copied")}</> : t("common.copy")}
        </button>
      </div>
    </div>
  );
}
