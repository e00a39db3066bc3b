/** Join: the invite link brought us here; ask for a display name, then enter the room. */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { preloadEditor } from "../components/CodeEditor";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { SettingsButton } from "../components/SettingsDialog";
import { Logo } from "../components/TopBar";
import { errorMessage } from "../i18n/errors";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, ApiError } from "../lib/api";
import { RecordNoticeText, useRecordNotice } from "../record/RecordNotice";
import { saveSession, type Session } from "../lib/session";
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { ContinueAs } from "./ContinueAs";
import { linkErrorCode } from "../links/link-errors";
import { LinkChecking, LinkRefused, LinkSummary } from "../links/LinkCheckViews";
import { useInviteInfo } from "../links/useInviteInfo";
import { loadLanguages } from "../room/load-languages";

/** `existing`: this browser's live session in the room (its cookie), offered before joining through the link again. */
export function Join({ roomId, invite, existing = null, onJoined }: { roomId: string; invite: string | null; existing?: RoomSessionResponse | null; onJoined(s: Session): void }) {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
  useEffect(() => {
    document.title = t("app.title");
  }, [t]);
  // In this room already (its cookie): the same name offered. Joining again through the same link is the same participant (the server reads the cookie).
  const [name, setName] = useState(existing?.identity.name ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Told before joining: the link's invite reads the room's recording notice.
  const notice = useRecordNotice(roomId, invite);
  // Asked first: where the link leads, or why it lets nobody in — said before any name is asked for.
  const [link, setLink] = useInviteInfo(roomId, invite, undefined);
  // The room's editor and languages load while the name is typed (seconds for a person), once the
  // page has drawn; the click starts them too, for anyone quicker (issue 17).
  useEffect(() => {
    if (!invite) return;
    const start = () => {
      preloadEditor();
      void loadLanguages().catch(() => {});
    };
    if (typeof requestIdleCallback !== "function") {
      const t = setTimeout(start, 200);
      return () => clearTimeout(t);
    }
    const id = requestIdleCallback(start, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [invite]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!invite) return;
    setBusy(true);
    setError(null);
    // What the room needs next starts now, beside the join request (issue 17).
    preloadEditor();
    void loadLanguages().catch(() => {});
    try {
      const r = await Api.join(roomId, invite, name.trim());
      const s = { token: r.token, identity: r.identity, title: r.room.title };
      saveSession(roomId, s);
      onJoined(s);
    } catch (err) {
      const refused = linkErrorCode(err);
      if (refused) return setLink({ state: "refused", code: refused });
      const status = err instanceof ApiError ? err.status : 0;
      // A 400 here is the name (the server's words name the field for developers; the reader gets the rule).
      setError(status === 401 || status === 403 ? t("join.linkInvalid") : status === 400 ? t("links.nameInvalid") : errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <div className="landing join">
      <nav className="landing-nav"><Logo /><span className="nav-tools"><LocaleSwitcher /><ThemeToggle theme={theme} setTheme={setTheme} /><SettingsButton /></span></nav>
      <main className="join-main">
        {existing && <ContinueAs roomId={roomId} existing={existing} onContinue={onJoined} />}
        <section className="card join-card" aria-labelledby="join-title">
          {invite && link.state === "refused" ? (
            <LinkRefused code={link.code} />
          ) : invite && link.state === "checking" ? (
            <LinkChecking />
          ) : invite ? (
            <form onSubmit={submit}>
              <h1 id="join-title">{t("join.title")}</h1>
              <LinkSummary check={link} />
              <p className="muted">{t("join.text")}</p>
              <label className="field"><span>{t("join.nameLabel")}</span>
                {/* biome-ignore lint/a11y/noAutofocus: the page's one field, opened from an invite link to type a name into */}
                <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder={t("join.namePlaceholder")} required maxLength={64} name="name" autoComplete="name" />
              </label>
              {error && <p className="form-error" role="alert">{error}</p>}
              <button type="submit" className="btn btn-primary btn-block" disabled={busy || !name.trim()} data-testid="join">{busy ? t("join.joining") : t("join.join")}</button>
              <p className="record-notice" data-testid="record-notice"><RecordNoticeText notice={notice} /></p>
            </form>
          ) : (
            <>
              <h1 id="join-title">{t("join.needInvite")}</h1>
              <p className="muted">{t("join.needInviteText")}</p>
              <a className="btn btn-primary btn-block" href="/">{t("join.startOwn")}</a>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
