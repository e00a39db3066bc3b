/** "Name your team": a signed-in interviewer with no organisation creates one (and is its admin) before creating rooms. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errors";
import { Api } from "../lib/api";

export function TeamStep({ onCreated }: { onCreated(): Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await Api.createOrg(name.trim());
      await onCreated();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      <h2 id="create-title">{t("team.title")}</h2>
      <p className="muted">{t("team.text")}</p>
      <label className="field"><span>{t("team.nameLabel")}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("team.namePlaceholder")} required maxLength={120} name="teamName" autoComplete="organization" />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy || !name.trim()} data-testid="create-team">
        {busy ? t("team.creating") : t("team.create")}
      </button>
    </form>
  );
}
