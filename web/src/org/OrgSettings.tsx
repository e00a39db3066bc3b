/**
 * The organisation's settings, for admins: run quotas (per hour, rooms running code at once), how
 * long records are kept, and the privacy page the recording notice links to.
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errors";
import { OrgApi } from "./org-api";
import { useLoad } from "./useLoad";

export function OrgSettings({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { data, error: loadError, reload } = useLoad(useCallback(() => OrgApi.settings(orgId), [orgId]));
  const [form, setForm] = useState({ runsPerHour: "", roomsWithRuns: "", retentionDays: "", privacyUrl: "" });
  const [state, setState] = useState<{ busy: boolean; saved: boolean; error: string | null }>({ busy: false, saved: false, error: null });
  useEffect(() => {
    if (data) setForm({ runsPerHour: String(data.runsPerHour), roomsWithRuns: String(data.roomsWithRuns), retentionDays: data.retentionDays === null ? "" : String(data.retentionDays), privacyUrl: data.privacyUrl ?? "" });
  }, [data]);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setState({ busy: true, saved: false, error: null });
    try {
      await OrgApi.updateSettings(orgId, {
        runsPerHour: Number(form.runsPerHour), roomsWithRuns: Number(form.roomsWithRuns),
        retentionDays: form.retentionDays.trim() === "" ? null : Number(form.retentionDays),
        privacyUrl: form.privacyUrl.trim() || null,
      });
      await reload();
      setState({ busy: false, saved: true, error: null });
    } catch (err) {
      setState({ busy: false, saved: false, error: errorMessage(err) });
    }
  };
  const field = (key: keyof typeof form, label: string, hint: string, min: number, max: number, required = true) => (
    <label className="field"><span>{label}</span>
      <input type="number" inputMode="numeric" min={min} max={max} required={required} value={form[key]} name={key}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })} aria-describedby={`${key}-hint`} />
      <span className="field-hint" id={`${key}-hint`}>{hint}</span>
    </label>
  );
  return (
    <section className="card org-section" aria-labelledby="settings-title" data-testid="org-settings">
      <h2 id="settings-title">{t("org.settingsTitle")}</h2>
      {loadError && <p className="form-error" role="alert">{loadError}</p>}
      {data && (
        <form className="org-form org-form-stacked" onSubmit={save}>
          {field("runsPerHour", t("org.runsPerHour"), t("org.runsPerHourHint"), 1, 100_000)}
          {field("roomsWithRuns", t("org.roomsWithRuns"), t("org.roomsWithRunsHint"), 1, 1000)}
          {field("retentionDays", t("org.retentionDays"), t("org.retentionDaysHint"), 1, 3650, false)}
          <label className="field"><span>{t("org.privacyUrl")}</span>
            <input type="url" inputMode="url" pattern="https://.*" maxLength={2048} value={form.privacyUrl} name="privacyUrl"
              onChange={(e) => setForm({ ...form, privacyUrl: e.target.value })} aria-describedby="privacyUrl-hint" />
            <span className="field-hint" id="privacyUrl-hint">{t("org.privacyUrlHint")}</span>
          </label>
          <button type="submit" className="btn btn-primary" disabled={state.busy} data-testid="save-settings">{t("org.saveSettings")}</button>
          {state.saved && <p className="muted" role="status">{t("org.settingsSaved")}</p>}
          {state.error && <p className="form-error" role="alert">{state.error}</p>}
        </form>
      )}
    </section>
  );
}
