/**
 * The participant's edits that the room refused to merge (room/unsaved-edits.ts), shown until they
 * act on each buffer: copy it, restore it into the editor (when they may write), or dismiss it.
 * Never hidden on a timer: this is their work.
 */
import { useRef, useState } from "react";
import { copyText } from "../lib/clipboard";
import type { UnsavedEdits } from "../room/unsaved-edits";

interface Props {
  edits: UnsavedEdits;
  fileName(language: string): string;
  /** Null when restoring is possible; otherwise why not, in words. */
  cannotRestore: string | null;
  onRestore(language: string): void;
  onDismiss(language: string): void;
}

export function UnsavedEditsNotice({ edits, fileName, cannotRestore, onRestore, onDismiss }: Props) {
  return (
    <section className="unsaved" aria-labelledby="unsaved-title" data-testid="unsaved-edits">
      <h2 id="unsaved-title" role="alert">Your unsaved edits could not be merged — here they are</h2>
      <p className="muted">
        The room refused changes from this browser's copy of the code, so the editor now shows the room's copy.
        Your version is kept in this browser until you dismiss it.
      </p>
      {Object.entries(edits.buffers).map(([language, kept]) => (
        <KeptBuffer key={language} name={fileName(language)} text={kept.text} cannotRestore={cannotRestore}
          onRestore={() => onRestore(language)} onDismiss={() => onDismiss(language)} />
      ))}
    </section>
  );
}

function KeptBuffer(p: { name: string; text: string; cannotRestore: string | null; onRestore(): void; onDismiss(): void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const id = `unsaved-${p.name.replace(/\W+/g, "-")}`;
  return (
    <div className="unsaved-buffer">
      <div className="unsaved-buffer-head">
        <label htmlFor={id}>Your {p.name}</label>
        <button type="button" className="btn btn-small" onClick={async () => setCopied(await copyText(p.text, area.current))}>
          {copied ? "Copied ✓" : "Copy to clipboard"}
        </button>
        <button type="button" className="btn btn-small btn-primary" onClick={p.onRestore} disabled={p.cannotRestore !== null}
          title={p.cannotRestore ?? "Merge your changes into the room's code as a new edit"}>
          Restore into the editor
        </button>
        <button type="button" className="btn btn-small" onClick={p.onDismiss} aria-label={`Dismiss your ${p.name}`}>Dismiss</button>
      </div>
      {p.cannotRestore && <p className="muted">{p.cannotRestore}</p>}
      <textarea id={id} ref={area} readOnly value={p.text} rows={Math.min(6, p.text.split("\n").length)} spellCheck={false} dir="ltr" />
    </div>
  );
}
