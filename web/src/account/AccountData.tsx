/**
 * The account's own data: "Download my data" (`GET /api/me/export`, saved as a JSON file) and
 * "Delete my account" behind a confirmation. The server refuses while the account is the last
 * admin of an organisation with other members; its reason is shown.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errors";
import { clearSessionsOf } from "../lib/session";
import { ConfirmButton } from "../org/ConfirmButton";
import { OrgApi } from "../org/org-api";

export function AccountData({ userId, onDeleted }: { userId: string; onDeleted(): Promise<void> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const data = await OrgApi.exportMyData();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `duet-account-${new Date(data.exportedAt).toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="account-section" aria-labelledby="account-data-title">
      <h2 id="account-data-title">{t("accountData.title")}</h2>
      <p className="muted">{t("accountData.text")}</p>
      <div className="account-data-actions">
        <button type="button" className="btn" onClick={download} data-testid="download-data">{t("accountData.download")}</button>
        <ConfirmButton label={t("accountData.delete")} title={t("accountData.deleteTitle")} text={t("accountData.deleteText")} confirmLabel={t("accountData.deleteConfirm")}
          testId="delete-account" action={async () => {
            await OrgApi.deleteMyAccount();
            await clearSessionsOf(userId);
            await onDeleted();
          }} />
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
