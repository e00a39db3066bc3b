/**
 * Landing: create a room (title, your name, problem, language), then copy the three invite links
 * and enter as the interviewer. Creating joins the creator with the interviewer link at once.
 */
import { useEffect, useState, type FormEvent } from "react";
import type { LanguageInfo } from "../../../contracts/languages";
import { CopyField } from "../components/CopyField";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { Logo } from "../components/TopBar";
import { Api, type ProblemSummary } from "../lib/api";
import { saveLinks, saveSession } from "../lib/session";
import { DEFAULT_LANGUAGE } from "../room/useLanguage";

interface Created { roomId: string; links: Record<"interviewer" | "candidate" | "spectator", string> }

export function Landing({ navigate }: { navigate(path: string): void }) {
  const [theme, setTheme] = useTheme();
  const [languages, setLanguages] = useState<LanguageInfo[]>([]);
  const [problems, setProblems] = useState<ProblemSummary[] | null>(null);
  const [form, setForm] = useState({ title: "", name: "", language: DEFAULT_LANGUAGE as string, problem: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  useEffect(() => {
    Api.languages().then((r) => setLanguages(r.languages), () => {});
    Api.problems().then((r) => setProblems(r.problems), () => setProblems(null));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const room = await Api.createRoom(form.title.trim() || "Interview");
      const invite = new URL(room.links.interviewer).hash.replace(/^#token=/, "");
      const joined = await Api.join(room.roomId, invite, form.name.trim());
      saveSession(room.roomId, { token: joined.token, identity: joined.identity, title: joined.room.title });
      saveLinks(room.roomId, room.links);
      // The room's language (the server seeds its template) and problem; older servers lack these.
      await Api.setLanguage(room.roomId, joined.token, form.language).catch(() => {});
      if (form.problem) await Api.setProblem(room.roomId, joined.token, form.problem).catch(() => {});
      setCreated({ roomId: room.roomId, links: room.links });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="landing">
      <nav className="landing-nav"><Logo /><ThemeToggle theme={theme} setTheme={setTheme} /></nav>
      <main className="landing-main">
        <section className="hero">
          <h1>Coding interviews,<br /><span className="accent-text">together in real time.</span></h1>
          <p>One shared editor, one problem, one console. Run code in eight languages and watch the output stream to everyone in the room.</p>
          <ul className="hero-points">
            <li>Live cursors with names</li><li>Sandboxed runs</li><li>Private interviewer notes</li>
          </ul>
        </section>
        <section className="card create-card" aria-labelledby="create-title">
          {created ? (
            <>
              <h2 id="create-title">Your interview room is ready</h2>
              <p className="muted">Send the candidate their link. Links carry their role; keep the interviewer link to yourself.</p>
              <CopyField label="Candidate" value={created.links.candidate} hint="send to the candidate" />
              <CopyField label="Spectator" value={created.links.spectator} hint="read-only, for observers" />
              <CopyField label="Interviewer" value={created.links.interviewer} hint="for co-interviewers" />
              <button type="button" className="btn btn-primary btn-block" onClick={() => navigate(`/r/${created.roomId}`)} data-testid="enter-room">Enter the room →</button>
            </>
          ) : (
            <form onSubmit={submit}>
              <h2 id="create-title">Start an interview</h2>
              <label className="field"><span>Interview title</span>
                <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} placeholder="Senior backend engineer — onsite" maxLength={120} name="title" />
              </label>
              <label className="field"><span>Your name</span>
                <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder="Grace Hopper" required maxLength={64} name="name" autoComplete="name" />
              </label>
              <div className="field-row">
                <label className="field"><span>Language</span>
                  <select value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value })} name="language">
                    {(languages.length ? languages : [{ id: DEFAULT_LANGUAGE, displayName: "Python 3", available: true } as LanguageInfo]).map((l) => (
                      <option key={l.id} value={l.id} disabled={l.available === false}>{l.displayName}</option>
                    ))}
                  </select>
                </label>
                <label className="field"><span>Problem</span>
                  <select value={form.problem} onChange={(e) => setForm({ ...form, problem: e.target.value })} name="problem" disabled={!problems?.length}>
                    <option value="">{problems?.length ? "None — blank editor" : "Blank editor (no library yet)"}</option>
                    {problems?.map((p) => <option key={p.slug} value={p.slug}>{p.title}</option>)}
                  </select>
                </label>
              </div>
              {error && <p className="form-error" role="alert">{error}</p>}
              <button type="submit" className="btn btn-primary btn-block" disabled={busy || !form.name.trim()} data-testid="create-room">
                {busy ? "Creating…" : "Create room"}
              </button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
