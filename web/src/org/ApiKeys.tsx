/**
 * API keys, for admins: an applicant-tracking system's way in. A new key (a name, its scopes) is
 * shown once, with a warning; the list shows each key's start, scopes and use, never the key.
 */
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { API_KEY_SCOPES, type ApiKeyScope } from "../../../contracts/accounts";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { useAction } from "../account/useAction";
import { Choices, ColumnHeads } from "./parts";
import { ConfirmButton } from "./ConfirmButton";
import { OrgApi } from "./org-api";
import { ShownOnce } from "./ShownOnce";
import { useLoad } from "./useLoad";

export function ApiKeys({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error: loadError, reload } = useLoad(useCallback(() => OrgApi.apiKeys(orgId), [orgId]));
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiKeyScope[]>(["rooms:create", "rooms:read"]);
  const [key, setKey] = useState<string | null>(null);
  const { busy, error, run } = useAction<"create">(errorMessage);
  const create = (e: FormEvent) => {
    e.preventDefault();
    void run("create", async () => {
      setKey((await OrgApi.createApiKey(orgId, { name: name.trim(), scopes })).key);
      setName("");
      await reload();
    });
  };
  return (
    <section className="card org-section" aria-labelledby="api-keys-title" data-testid="api-keys">
      <h2 id="api-keys-title">{t("org.apiKeysTitle")}</h2>
      <p className="muted">{t("org.apiKeysText")}</p>
      <form className="org-form" onSubmit={create}>
        <label className="field"><span>{t("org.apiKeyName")}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={64} name="apiKeyName" autoComplete="off" />
        </label>
        <Choices legend={t("org.scopes")} all={API_KEY_SCOPES} chosen={scopes} onChange={setScopes}
          label={(s) => <span>{t(`org.scope.${s === "rooms:create" ? "roomsCreate" : "roomsRead"}`)} <code>{s}</code></span>} />
        <button type="submit" className="btn btn-primary" disabled={busy !== null || !name.trim() || scopes.length === 0} data-testid="create-api-key">{t("org.createApiKey")}</button>
      </form>
      {key && <ShownOnce name="api-key" label={t("org.newApiKey")} value={key} warning={t("org.apiKeyWarning")} onDone={() => setKey(null)} />}
      {(error ?? loadError) && <p className="form-error" role="alert">{error ?? loadError}</p>}
      {data && data.keys.length > 0 && (
        <table className="org-table">
          <caption className="sr-only">{t("org.apiKeysTitle")}</caption>
          <ColumnHeads names={[t("org.name"), t("org.keyStart"), t("org.scopes"), t("org.created"), t("org.lastUsed"), t("org.actions")]} />
          <tbody>
            {data.keys.map((k) => (
              <tr key={k.id} data-testid="api-key">
                <th scope="row" id={`api-key-${k.id}`}><bdi>{k.name}</bdi></th>
                <td><code>{k.start}…</code></td>
                <td>{k.scopes.map((s) => <code key={s} className="scope">{s}</code>)}</td>
                <td>{format.dateTime(k.createdAt)}</td>
                <td>{k.lastUsedAt === null ? t("org.never") : format.dateTime(k.lastUsedAt)}</td>
                <td>
                  {k.revokedAt !== null ? (
                    <span data-testid="api-key-revoked">{t("org.revokedOn", { when: format.dateTime(k.revokedAt) })}</span>
                  ) : (
                    <ConfirmButton label={t("org.revoke")} describedBy={`api-key-${k.id}`} testId="revoke-api-key"
                      title={t("org.revokeKeyTitle", { name: k.name })} text={t("org.revokeKeyText")} confirmLabel={t("org.revokeKeyConfirm")}
                      action={async () => {
                        await OrgApi.revokeApiKey(orgId, k.id);
                        await reload();
                      }} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
