/**
 * Signing in and signing up, passkey first: "Sign in with a passkey" (the browser offers this
 * site's passkeys; no name to type), Cloudflare Access and the OpenID Connect providers where the
 * deployment configured them, and "Create an account" (a name, then one browser prompt that saves
 * a passkey on this device).
 */
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadAuth, takeSignInFailure } from "./auth";
import { useAction } from "./useAction";
import type { Me } from "./useMe";

/** A product's name, the same in every language. */
const CLOUDFLARE_ACCESS = "Cloudflare Access";

export function SignInCard({ me, required, onSignedIn }: { me: Me; required: boolean; onSignedIn(): Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const action = useAction<"signIn" | "signUp">();
  const { busy, error, setError } = action;
  useEffect(() => {
    if (takeSignInFailure()) setError(t("account.providerFailed"));
  }, [setError, t]);
  const run = (what: "signIn" | "signUp", ceremony: (auth: Awaited<ReturnType<typeof loadAuth>>) => Promise<void>) =>
    action.run(what, async () => {
      await ceremony(await loadAuth());
      await onSignedIn();
    });
  const signUp = (e: FormEvent) => {
    e.preventDefault();
    void run("signUp", (auth) => auth.signUp(name.trim()));
  };

  return (
    <section className="card account-card" aria-labelledby="account-title">
      <h2 id="account-title">{required ? t("account.signInToStart") : t("account.title")}</h2>
      <p className="muted">{required ? t("account.signInToStartText") : t("account.text")}</p>
      <button type="button" className="btn btn-primary btn-block" disabled={busy !== null} onClick={() => run("signIn", (auth) => auth.signIn())} data-testid="sign-in-passkey">
        {busy === "signIn" ? t("account.signingIn") : t("account.signInPasskey")}
      </button>
      {me.signIn.cloudflareAccess && (
        <button type="button" className="btn btn-block" disabled={busy !== null} onClick={() => run("signIn", (auth) => auth.signInWithCloudflareAccess())} data-testid="sign-in-cloudflare-access">
          {t("account.signInWith", { provider: CLOUDFLARE_ACCESS })}
        </button>
      )}
      {me.signIn.providers.map((p) => (
        <button key={p.id} type="button" className="btn btn-block" disabled={busy !== null} onClick={() => run("signIn", (auth) => auth.signInWith(p.id))} data-testid={`sign-in-${p.id}`}>
          {t("account.signInWith", { provider: p.name })}
        </button>
      ))}
      <form className="account-signup" onSubmit={signUp} aria-labelledby="signup-title">
        <h3 id="signup-title">{t("account.newHere")}</h3>
        <label className="field"><span>{t("account.nameLabel")}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("landing.namePlaceholder")} required maxLength={64} name="accountName" autoComplete="name" />
        </label>
        <button type="submit" className="btn btn-block" disabled={busy !== null || !name.trim()} data-testid="create-account">
          {busy === "signUp" ? t("account.creatingAccount") : t("account.createAccount")}
        </button>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
