/** Join: the invite link brought us here; ask for a display name, then enter the room. */
import { useState, type FormEvent } from "react";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { Logo } from "../components/TopBar";
import { Api, ApiError } from "../lib/api";
import { saveSession, type Session } from "../lib/session";

export function Join({ roomId, invite, onJoined }: { roomId: string; invite: string | null; onJoined(s: Session): void }) {
  const [theme, setTheme] = useTheme();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!invite) return;
    setBusy(true);
    setError(null);
    try {
      const r = await Api.join(roomId, invite, name.trim());
      const s = { token: r.token, identity: r.identity, title: r.room.title };
      saveSession(roomId, s);
      onJoined(s);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(status === 401 || status === 403 ? `This link no longer works: ${(err as Error).message}.` : (err as Error).message);
      setBusy(false);
    }
  };

  return (
    <div className="landing join">
      <nav className="landing-nav"><Logo /><ThemeToggle theme={theme} setTheme={setTheme} /></nav>
      <main className="join-main">
        <section className="card join-card" aria-labelledby="join-title">
          {invite ? (
            <form onSubmit={submit}>
              <h2 id="join-title">Join the interview</h2>
              <p className="muted">Your name is shown next to your cursor and in the chat.</p>
              <label className="field"><span>Display name</span>
                <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="Ada Lovelace" required maxLength={64} name="name" autoComplete="name" />
              </label>
              {error && <p className="form-error" role="alert">{error}</p>}
              <button type="submit" className="btn btn-primary btn-block" disabled={busy || !name.trim()} data-testid="join">{busy ? "Joining…" : "Join room"}</button>
            </form>
          ) : (
            <>
              <h2 id="join-title">You need an invite link</h2>
              <p className="muted">Ask your interviewer for the link to this room, then open it in this browser.</p>
              <a className="btn btn-primary btn-block" href="/">Start your own interview</a>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
