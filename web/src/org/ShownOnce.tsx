/** A secret (an API key, a signing secret, a recovery link) shown once: copy it now, it is never shown again. */
import { useTranslation } from "react-i18next";
import { CopyField } from "../components/CopyField";

export function ShownOnce({ name, label, value, warning, onDone }: { name: string; label: string; value: string; warning: string; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <div className="shown-once" role="status">
      <CopyField name={name} label={label} value={value} />
      <p className="shown-once-warning">{warning}</p>
      <button type="button" className="btn btn-small" onClick={onDone}>{t("org.shownOnceDone")}</button>
    </div>
  );
}
