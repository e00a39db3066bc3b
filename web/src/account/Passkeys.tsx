/**
 * The account's passkeys: each one's date and kind, "Add a passkey" (another device or a security
 * key) and removal. The last passkey can't be removed here: without one the account could never
 * sign in again (an organisation admin's recovery link is the way back).
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { Passkey } from "./auth-client";
import { accountErrorMessage, loadAuth } from "./auth";
import { useAction } from "./useAction";

export function Passkeys() {
  const { t } = useTranslation();
  const format = useFormat();
  const [list, setList] = useState<Passkey[] | null>(null);
  const { busy, error, setError, run } = useAction<string>();

  const load = useCallback(async () => setList(await (await loadAuth()).listPasskeys()), []);
  useEffect(() => {
    load().catch((e) => setError(accountErrorMessage(e)));
  }, [load, setError]);

  const act = (what: string, action: (auth: Awaited<ReturnType<typeof loadAuth>>) => Promise<void>) =>
    run(what, async () => {
      await action(await loadAuth());
      await load();
    });

  return (
    <section className="account-section" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">{t("passkeys.title")}</h2>
      <p className="muted">{t("passkeys.text")}</p>
      {list === null ? (
        !error && <p className="muted">{t("app.loading")}</p>
      ) : (
        <ul className="passkey-list" data-testid="passkeys">
          {list.map((p, n) => (
            <li key={p.id} className="passkey-row" data-testid="passkey">
              <span className="passkey-main">
                <span className="passkey-name" id={`passkey-${p.id}`}>{p.name ? <bdi>{p.name}</bdi> : t("passkeys.numbered", { n: n + 1 })}</span>
                <span className="muted">
                  {t("passkeys.added", { when: format.dateTime(Date.parse(p.createdAt)) })} · {p.backedUp ? t("passkeys.synced") : t("passkeys.deviceOnly")}
                </span>
              </span>
              <button type="button" className="btn btn-small btn-danger-ghost" disabled={busy !== null || list.length < 2} aria-describedby={`passkey-${p.id}`}
                title={list.length < 2 ? t("passkeys.lastOne") : undefined} onClick={() => act(p.id, (auth) => auth.deletePasskey(p.id))} data-testid="delete-passkey">
                {t("passkeys.delete")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {list?.length === 1 && <p className="muted">{t("passkeys.lastOne")}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => act("add", (auth) => auth.addPasskey())} data-testid="add-passkey">
        {busy === "add" ? t("passkeys.adding") : t("passkeys.add")}
      </button>
    </section>
  );
}
