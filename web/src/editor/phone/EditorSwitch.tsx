/** The manual switch under the editor: the touch editor (CodeMirror) or the desktop one (Monaco). */
import { useTranslation } from "react-i18next";
import type { EditorKind } from "./choice";
import "./editor-switch.css";

export function EditorSwitch({ kind, onChange }: { kind: EditorKind; onChange(kind: EditorKind): void }) {
  const { t } = useTranslation();
  const other: EditorKind = kind === "touch" ? "desktop" : "touch";
  return (
    <div className="editor-bar">
      <button type="button" className="editor-switch" data-testid="editor-switch" onClick={() => onChange(other)}>
        {other === "touch" ? t("editor.useTouch") : t("editor.useDesktop")}
      </button>
    </div>
  );
}
