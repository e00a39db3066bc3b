/** The signed-in interviewer in the top bar: their name, their own problems, their account page, and signing out. */
import { useTranslation } from "react-i18next";
import { clearSessionsOf } from "../lib/session";
import { loadAuth } from "./auth";
import { useAction } from "./useAction";

export function AccountNav({ user, navigate, onSignedOut }: { user: { id: string; name: string }; navigate(path: string): void; onSignedOut(): Promise<void> }) {
  const { t } = useTranslation();
  const { busy, error, run } = useAction<"signOut">();
  const signOut = () =>
    run("signOut", async () => {
      await (await loadAuth()).signOut();
      await clearSessionsOf(user.id); // the rooms it entered in this tab are not left open to the next person here
      await onSignedOut();
    });
  return (
    <span className="account-nav" data-testid="account-nav">
      <bdi className="account-name" data-testid="account-name">{user.name}</bdi>
      <a href="/problems" className="btn btn-small" onClick={(e) => {
        e.preventDefault();
        navigate("/problems");
      }} data-testid="problems-link">{t("ownProblems.navLink")}</a>
      <a href="/account" className="btn btn-small" onClick={(e) => {
        e.preventDefault();
        navigate("/account");
      }}>{t("account.accountLink")}</a>
      <button type="button" className="btn btn-small" onClick={signOut} disabled={busy !== null} data-testid="sign-out">{t("account.signOut")}</button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </span>
  );
}
