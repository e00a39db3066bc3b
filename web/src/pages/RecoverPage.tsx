/**
 * /recover#<code>: the way back in after an admin reset this member's sign-in. One button redeems
 * the code (it signs the member in once) and saves a new passkey on this device (one browser
 * prompt); then the landing page. The code stays in the fragment until it is used.
 */
import { type MouseEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { accountErrorMessage, loadAuth } from "../account/auth";
import { Logo } from "../components/TopBar";
import { PageNav } from "./PageNav";

const RECOVERY_CODE = /^[A-Za-z0-9_-]{43}$/;

type Step = "ready" | "working" | "signedInWithoutPasskey";

export function RecoverPage({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const [code] = useState(() => location.hash.slice(1));
  const [step, setStep] = useState<Step>("ready");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = t("recover.documentTitle");
  }, [t]);
  const home = (e?: MouseEvent) => {
    e?.preventDefault();
    history.replaceState(null, "", "/");
    navigate("/");
  };
  const savePasskey = async (auth: Awaited<ReturnType<typeof loadAuth>>) => {
    try {
      await auth.addPasskey();
      home();
    } catch (e) {
      setError(accountErrorMessage(e));
      setStep("signedInWithoutPasskey");
    }
  };
  const recover = async () => {
    setStep("working");
    setError(null);
    const auth = await loadAuth();
    try {
      await auth.recover(code);
    } catch (e) {
      const status = (e as { status?: number }).status;
      setError(status === 400 ? t("recover.notValid") : accountErrorMessage(e));
      setStep("ready");
      return;
    }
    history.replaceState(null, "", "/recover"); // used: it no longer belongs in the address
    await savePasskey(auth);
  };
  const retry = async () => {
    setStep("working");
    setError(null);
    await savePasskey(await loadAuth());
  };
  const valid = RECOVERY_CODE.test(code);
  return (
    <div className="landing">
      <PageNav brand={<a href="/" className="brand" onClick={home} aria-label={t("app.home")}><Logo /></a>} me={undefined} navigate={navigate} onSignedOut={async () => {}} />
      <main className="account-main">
        <div className="card account-page-card" data-testid="recover">
          <h1>{t("recover.title")}</h1>
          {!valid ? (
            <p className="form-error" role="alert">{t("recover.notValid")}</p>
          ) : step === "signedInWithoutPasskey" ? (
            <>
              <p>{t("recover.noPasskeyYet")}</p>
              <button type="button" className="btn btn-primary" onClick={retry} data-testid="recover-passkey">{t("passkeys.add")}</button>
            </>
          ) : (
            <>
              <p>{t("recover.text")}</p>
              <button type="button" className="btn btn-primary" disabled={step === "working"} onClick={recover} data-testid="recover-account">
                {step === "working" ? t("recover.working") : t("recover.start")}
              </button>
            </>
          )}
          {error && <p className="form-error" role="alert">{error}</p>}
          <p><a href="/" onClick={home}>{t("accountPage.back")}</a></p>
        </div>
      </main>
    </div>
  );
}
