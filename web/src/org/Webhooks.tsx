/**
 * Webhooks, for admins: endpoints (a URL and the events it gets; the signing secret shown once),
 * their removal, and the delivery log — each event to each endpoint, its status and attempts.
 */
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ORG_EVENT_TYPES, type OrgEventType } from "../../../contracts/webhooks";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { useAction } from "../account/useAction";
import { Choices, ColumnHeads } from "./parts";
import { ConfirmButton } from "./ConfirmButton";
import { OrgApi } from "./org-api";
import { ShownOnce } from "./ShownOnce";
import { useLoad } from "./useLoad";

export function Webhooks({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error: loadError, reload } = useLoad(useCallback(() => OrgApi.webhooks(orgId), [orgId]));
  const deliveries = useLoad(useCallback(() => OrgApi.deliveries(orgId), [orgId]));
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<OrgEventType[]>(["room.created", "candidate.joined", "room.ended"]);
  const [secret, setSecret] = useState<string | null>(null);
  const { busy, error, run } = useAction<"create">(errorMessage);
  const create = (e: FormEvent) => {
    e.preventDefault();
    void run("create", async () => {
      setSecret((await OrgApi.createWebhook(orgId, { url: url.trim(), events })).secret);
      setUrl("");
      await reload();
    });
  };
  const statusText = { pending: t("org.deliveryPending"), delivered: t("org.deliveryDelivered"), failed: t("org.deliveryFailed") };
  return (
    <section className="card org-section" aria-labelledby="webhooks-title" data-testid="webhooks">
      <h2 id="webhooks-title">{t("org.webhooksTitle")}</h2>
      <p className="muted">{t("org.webhooksText")}</p>
      <form className="org-form" onSubmit={create}>
        <label className="field org-field-wide"><span>{t("org.webhookUrl")}</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2048} name="webhookUrl" autoComplete="url" inputMode="url" />
        </label>
        <Choices legend={t("org.events")} all={ORG_EVENT_TYPES} chosen={events} onChange={setEvents} label={(ev) => <code>{ev}</code>} />
        <button type="submit" className="btn btn-primary" disabled={busy !== null || !url.trim() || events.length === 0} data-testid="create-webhook">{t("org.createWebhook")}</button>
      </form>
      {secret && <ShownOnce name="webhook-secret" label={t("org.webhookSecret")} value={secret} warning={t("org.webhookSecretWarning")} onDone={() => setSecret(null)} />}
      {(error ?? loadError) && <p className="form-error" role="alert">{error ?? loadError}</p>}
      {data && data.endpoints.length > 0 && (
        <table className="org-table">
          <caption className="sr-only">{t("org.endpoints")}</caption>
          <ColumnHeads names={[t("org.webhookUrl"), t("org.events"), t("org.created"), t("org.actions")]} />
          <tbody>
            {data.endpoints.map((w) => (
              <tr key={w.id} data-testid="webhook">
                <th scope="row" id={`webhook-${w.id}`}><bdi className="org-url">{w.url}</bdi></th>
                <td>{w.events.map((ev) => <code key={ev} className="scope">{ev}</code>)}</td>
                <td>{format.dateTime(w.createdAt)}</td>
                <td>
                  <ConfirmButton label={t("org.delete")} describedBy={`webhook-${w.id}`} testId="delete-webhook"
                    title={t("org.deleteWebhookTitle")} text={t("org.deleteWebhookText", { url: w.url })} confirmLabel={t("org.deleteWebhookConfirm")}
                    action={async () => {
                      await OrgApi.deleteWebhook(orgId, w.id);
                      await reload();
                    }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="deliveries-title">{t("org.deliveriesTitle")}</h3>
      <button type="button" className="btn btn-small" onClick={() => deliveries.reload()} data-testid="refresh-deliveries">{t("org.refresh")}</button>
      {deliveries.error && <p className="form-error" role="alert">{deliveries.error}</p>}
      {deliveries.data && (deliveries.data.deliveries.length === 0 ? (
        <p className="muted">{t("org.deliveriesEmpty")}</p>
      ) : (
        <table className="org-table" aria-labelledby="deliveries-title">
          <ColumnHeads names={[t("org.event"), t("org.webhookUrl"), t("org.status"), t("org.attempts"), t("org.lastAnswer"), t("org.created")]} />
          <tbody>
            {deliveries.data.deliveries.map((d) => (
              <tr key={d.id} data-testid="delivery" data-event={d.event} data-status={d.status}>
                <td><code>{d.event}</code></td>
                <td><bdi className="org-url">{d.url}</bdi></td>
                <td><span className={`delivery-status delivery-${d.status}`}>{statusText[d.status]}</span></td>
                <td>{format.number(d.attempts)}</td>
                <td>{d.lastHttpStatus !== null ? <code>{d.lastHttpStatus}</code> : d.lastError ? <bdi>{d.lastError}</bdi> : "—"}</td>
                <td>{format.dateTime(d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
