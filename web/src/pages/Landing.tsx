/**
 * Landing: create a room (title, your name, problem, language), then copy the three invite links
 * and enter as the interviewer. Creating joins the creator with the interviewer link at once.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import { CopyField } from "../components/CopyField";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { SettingsButton } from "../components/SettingsDialog";
import { Logo } from "../components/TopBar";
import { errorMessage } from "../i18n/errors";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";
import { Api, type ProblemSummary } from "../lib/api";
import { saveLinks, saveSession } from "../lib/session";
import { DEFAULT_LANGUAGE } from "../room/useLanguage";

interface Created { roomId: string; links: Record<"interviewer" | "candidate" | "spectator", string> }

export function Landing({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const [theme, setTheme] = useTheme();
  const [languages, setLanguages] = useState<ApiLanguage[]>([]);
  const [problems, setProblems] = useState<ProblemSummary[] | null>(null);
  const [form, setForm] = useState({ title: "", name: "", language: DEFAULT_LANGUAGE, problem: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  useEffect(() => {
    Api.languages().then((r) => setLanguages(r.languages), () => {});
    Api.problems().then((r) => setProblems(r.problems), () => setProblems(null));
  }, []);
  useEffect(() => {
    document.title = t("app.title");
  }, [t]);

  const languageOptions = languages.length ? languages : [{ id: DEFAULT_LANGUAGE, displayName: "Python 3", available: true } as ApiLanguage];
  const chooseLanguage = (value: string) => {
    const chosen = languageOptions.find((l) => l.id === value);
    if (chosen) setForm({ ...form, language: chosen.id });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const room = await Api.createRoom(form.title.trim() || t("common.defaultTitle"));
      const invite = new URL(room.links.interviewer).hash.replace(/^#token=/, "");
      const joined = await Api.join(room.roomId, invite, form.name.trim());
      saveSession(room.roomId, { token: joined.token, identity: joined.identity, title: joined.room.title });
      saveLinks(room.roomId, room.links);
      // The room's language (the server seeds its template) and problem; older servers lack these.
      await Api.setLanguage(room.roomId, joined.token, form.language).catch(() => {});
      if (form.problem) await Api.setProblem(room.roomId, joined.token, form.problem).catch(() => {});
      setCreated({ roomId: room.roomId, links: room.links });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="landing">
      <nav className="landing-nav"><Logo /><span className="nav-tools"><LocaleSwitcher /><ThemeToggle theme={theme} setTheme={setTheme} /><SettingsButton /></span></nav>
      <main className="landing-main">
        <section className="hero">
          <h1>{t("landing.heroLine1")}<br /><span className="accent-text">{t("landing.heroLine2")}</span></h1>
          <p>{t("landing.heroText")}</p>
          <ul className="hero-points">
            <li>{t("landing.pointCursors")}</li><li>{t("landing.pointSandbox")}</li><li>{t("landing.pointNotes")}</li>
          </ul>
        </section>
        <section className="card create-card" aria-labelledby="create-title">
          {created ? (
            <>
              <h2 id="create-title">{t("landing.readyTitle")}</h2>
              <p className="muted">{t("landing.readyText")}</p>
              <CopyField name="candidate" label={t("roles.candidate")} value={created.links.candidate} hint={t("landing.hintCandidate")} />
              <CopyField name="spectator" label={t("roles.spectator")} value={created.links.spectator} hint={t("landing.hintSpectator")} />
              <CopyField name="interviewer" label={t("roles.interviewer")} value={created.links.interviewer} hint={t("landing.hintInterviewer")} />
              <button type="button" className="btn btn-primary btn-block" onClick={() => navigate(`/r/${created.roomId}`)} data-testid="enter-room">{t("landing.enterRoom")}</button>
            </>
          ) : (
            <form onSubmit={submit}>
              <h2 id="create-title">{t("landing.startTitle")}</h2>
              <label className="field"><span>{t("landing.titleLabel")}</span>
                <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} placeholder={t("landing.titlePlaceholder")} maxLength={120} name="title" />
              </label>
              <label className="field"><span>{t("landing.nameLabel")}</span>
                <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder={t("landing.namePlaceholder")} required maxLength={64} name="name" autoComplete="name" />
              </label>
              <div className="field-row">
                <label className="field"><span>{t("common.language")}</span>
                  <select value={form.language} onChange={(e) => chooseLanguage(e.target.value)} name="language">
                    {languageOptions.map((l) => (
                      <option key={l.id} value={l.id} disabled={l.available === false}>{l.displayName}</option>
                    ))}
                  </select>
                </label>
                <label className="field"><span>{t("common.problem")}</span>
                  <select value={form.problem} onChange={(e) => setForm({ ...form, problem: e.target.value })} name="problem" disabled={!problems?.length}>
                    <option value="">{problems?.length ? t("landing.noProblem") : t("landing.noLibrary")}</option>
                    {problems?.map((p) => <option key={p.slug} value={p.slug}>{p.title}</option>)}
                  </select>
                </label>
              </div>
              {error && <p className="form-error" role="alert">{error}</p>}
              <button type="submit" className="btn btn-primary btn-block" disabled={busy || !form.name.trim()} data-testid="create-room">
                {busy ? t("landing.creating") : t("landing.create")}
              </button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
