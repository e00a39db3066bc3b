/** The audit log, for admins: who did what and when, newest first, a page at a time ("Older"). */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { type AuditCursor, type AuditPage, OrgApi } from "./org-api";
import { ColumnHeads } from "./parts";

type Entry = AuditPage["entries"][number];

/** The entry's detail as `key: value` pairs (ids, roles, names): it is for admins, who know the terms. */
const detailOf = (e: Entry) => Object.entries(e.detail ?? {}).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");

export function AuditLog({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<AuditCursor | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async (from: AuditCursor | null) => {
    try {
      const page = await OrgApi.audit(orgId, from);
      setEntries((before) => (from && before ? [...before, ...page.entries] : page.entries));
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [orgId]);
  useEffect(() => {
    void load(null);
  }, [load]);
  return (
    <section className="card org-section" aria-labelledby="audit-title" data-testid="audit-log">
      <h2 id="audit-title">{t("org.auditTitle")}</h2>
      <button type="button" className="btn btn-small" onClick={() => load(null)} data-testid="refresh-audit">{t("org.refresh")}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
      {entries && (entries.length === 0 ? <p className="muted">{t("org.auditEmpty")}</p> : (
        <table className="org-table">
          <caption className="sr-only">{t("org.auditTitle")}</caption>
          <ColumnHeads names={[t("org.when"), t("org.who"), t("org.action"), t("org.detail")]} />
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="audit-entry" data-action={e.action}>
                <td>{format.dateTime(e.ts)}</td>
                <td><bdi>{e.actor.name}</bdi></td>
                <td><code>{e.action}</code></td>
                <td className="org-detail"><bdi>{detailOf(e)}</bdi></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {next && <button type="button" className="btn btn-small" onClick={() => load(next)} data-testid="older-audit">{t("org.older")}</button>}
    </section>
  );
}
