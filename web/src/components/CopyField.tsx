/** A read-only link with a Copy button (clipboard API, with a select-all fallback). */
import { useState } from "react";
import { copyText } from "../lib/clipboard";

export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async (input: HTMLInputElement | null) => {
    await copyText(value, input);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const id = `copy-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}{hint && <span className="field-hint"> — {hint}</span>}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid={`link-${label.toLowerCase()}`} />
        <button type="button" className="btn" onClick={(e) => copy(e.currentTarget.previousElementSibling as HTMLInputElement)} aria-label={`Copy ${label.toLowerCase()} link`}>
          {copied ? "Copied ✓" : "Copy"}
        </button>
      </div>
    </div>
  );
}
