/**
 * /org-invite#<id>.<secret>: joining a team by an admin's invite link. The code stays in the
 * fragment (browsers never send it) and goes to the server only in the accept call's body. A
 * signed-out visitor signs in or creates an account first; then "Join the team" → the landing page.
 */
import { type MouseEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SignInCard } from "../account/SignInCard";
import { useMe } from "../account/useMe";
import { Logo } from "../components/TopBar";
import { errorMessage } from "../i18n/errors";
import { t as translate } from "../i18n";
import type { ResponseBody } from "../../../contracts/route-bodies";
import { ApiError } from "../lib/api";
import { OrgApi } from "../org/org-api";
import { PageNav } from "./PageNav";

const INVITE_CODE = /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/;

/** Why an invite link admits nobody, in words: the server's refusals (worker/routes/org-invites.ts) by status and reason. */
export function inviteRefusal(e: unknown): string {
  if (!(e instanceof ApiError)) return errorMessage(e);
  if (e.status === 404) return translate("orgInvite.invalid");
  if (e.status === 409) return translate("orgInvite.alreadyMember");
  if (e.status === 403 && /expired/.test(e.message)) return translate("orgInvite.expired");
  if (e.status === 403 && /revoked/.test(e.message)) return translate("orgInvite.revoked");
  if (e.status === 403 && /used/.test(e.message)) return translate("orgInvite.used");
  return errorMessage(e);
}

export function OrgInvitePage({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const { me, refresh } = useMe();
  const [code] = useState(() => location.hash.slice(1));
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; member: boolean } | null>(null);
  const [preview, setPreview] = useState<ResponseBody<"previewOrgInvite"> | null>(null);
  useEffect(() => {
    document.title = t("orgInvite.documentTitle");
  }, [t]);
  useEffect(() => {
    // Who invites, and as what, before anyone signs in: a used or expired link says so at once.
    if (!INVITE_CODE.test(code)) return;
    OrgApi.previewInvite(code).then(setPreview, (e) => setRefusal({ text: inviteRefusal(e), member: false }));
  }, [code]);
  const home = (e?: MouseEvent) => {
    e?.preventDefault();
    history.replaceState(null, "", "/"); // the code leaves the address and the history
    navigate("/");
  };
  const accept = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await OrgApi.acceptInvite(code);
      home();
    } catch (e) {
      setRefusal({ text: inviteRefusal(e), member: e instanceof ApiError && e.status === 409 });
      setBusy(false);
    }
  };
  const valid = INVITE_CODE.test(code);
  return (
    <div className="landing">
      <PageNav brand={<a href="/" className="brand" onClick={home} aria-label={t("app.home")}><Logo /></a>} me={me} navigate={navigate} onSignedOut={refresh} />
      <main className="account-main">
        <div className="card account-page-card" data-testid="org-invite">
          <h1>{t("orgInvite.title")}</h1>
          {preview && (
            <p data-testid="invite-preview">
              {t("orgInvite.invitedTo", { team: preview.orgName, role: t(`org.roles.${preview.role}`) })}
            </p>
          )}
          {!valid ? (
            <p className="form-error" role="alert">{t("orgInvite.invalid")}</p>
          ) : me === undefined ? (
            <p className="muted">{t("app.loading")}</p>
          ) : !me.user ? (
            <>
              <p>{t("orgInvite.signInFirst")}</p>
              <SignInCard me={me} required={false} onSignedIn={refresh} />
            </>
          ) : (
            <>
              <p>{preview ? t("orgInvite.joinNamed", { name: me.user.name, team: preview.orgName }) : t("orgInvite.joinAs", { name: me.user.name })}</p>
              <button type="button" className="btn btn-primary" disabled={busy || refusal !== null} onClick={accept} data-testid="accept-invite">
                {busy ? t("orgInvite.joining") : t("orgInvite.join")}
              </button>
            </>
          )}
          {refusal && <p className="form-error" role="alert" data-testid="invite-refused">{refusal.text}</p>}
          <p><a href="/" onClick={home}>{refusal?.member ? t("orgInvite.toLanding") : t("accountPage.back")}</a></p>
        </div>
      </main>
    </div>
  );
}
