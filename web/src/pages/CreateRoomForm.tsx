/**
 * The form that starts an interview: title, problem, language, and who creates it. A signed-in
 * interviewer creates the room in one of their organisations (a picker when they run interviews in
 * several) and enters it as their account; a visitor without one (a local development server
 * only) gives a name and joins with the room's interviewer link, as before accounts.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Membership } from "../../../contracts/accounts";
import type { ApiLanguage } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { LanguageOptions } from "../components/LanguageSelect";
import { errorMessage } from "../i18n/errors";
import { Api, type ProblemSummary } from "../lib/api";
import { saveLinks, saveSession } from "../lib/session";
import { DEFAULT_LANGUAGE } from "../room/useLanguage";
import type { CreatedRoom } from "./RoomReady";

interface Props {
  /** The organisations the signed-in interviewer runs interviews in; null without an account. */
  orgs: Membership[] | null;
  onCreated(room: CreatedRoom): void;
}

export function CreateRoomForm({ orgs, onCreated }: Props) {
  const { t } = useTranslation();
  const [languages, setLanguages] = useState<ApiLanguage[]>([]);
  const [problems, setProblems] = useState<ProblemSummary[] | null>(null);
  const [form, setForm] = useState({ title: "", name: "", language: DEFAULT_LANGUAGE as LanguageId, problem: "", orgId: orgs?.[0]?.id ?? "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Api.languages().then((r) => setLanguages(r.languages), () => {});
    Api.problems().then((r) => setProblems(r.problems), () => setProblems(null));
  }, []);

  const languageOptions = languages.length ? languages : [{ id: DEFAULT_LANGUAGE, displayName: "Python 3", available: true } as ApiLanguage];
  const chosen = languageOptions.find((l) => l.id === form.language);
  const chooseLanguage = (value: string) => {
    const picked = languageOptions.find((l) => l.id === value);
    if (picked) setForm({ ...form, language: picked.id });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { title: form.title.trim() || t("common.defaultTitle"), language: form.language, ...(form.problem && { problem: form.problem }) };
      if (orgs) {
        const room = await Api.createRoom({ ...body, ...(form.orgId && { orgId: form.orgId }) });
        const entered = await Api.enter(room.roomId);
        saveSession(room.roomId, { token: entered.token, identity: entered.identity, title: entered.room.title });
        saveLinks(room.roomId, room.links);
        onCreated({ roomId: room.roomId, links: room.links });
      } else {
        const room = await Api.createRoom(body);
        const invite = new URL(room.links.interviewer).hash.replace(/^#token=/, "");
        const joined = await Api.join(room.roomId, invite, form.name.trim());
        saveSession(room.roomId, { token: joined.token, identity: joined.identity, title: joined.room.title });
        saveLinks(room.roomId, room.links);
        onCreated({ roomId: room.roomId, links: room.links });
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <h2 id="create-title">{t("landing.startTitle")}</h2>
      {!orgs && <p className="note" data-testid="local-only-note">{t("landing.localOnly")}</p>}
      <label className="field"><span>{t("landing.titleLabel")}</span>
        <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} placeholder={t("landing.titlePlaceholder")} maxLength={120} name="title" />
      </label>
      {orgs && orgs.length > 1 && (
        <label className="field"><span>{t("landing.orgLabel")}</span>
          <select value={form.orgId} onChange={(e) => setForm({ ...form, orgId: e.target.value })} name="org">
            {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
      )}
      {!orgs && (
        <label className="field"><span>{t("landing.nameLabel")}</span>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder={t("landing.namePlaceholder")} required maxLength={64} name="name" autoComplete="name" />
        </label>
      )}
      <div className="field-row">
        <label className="field"><span>{t("common.language")}</span>
          <select value={form.language} onChange={(e) => chooseLanguage(e.target.value)} name="language">
            <LanguageOptions languages={languageOptions} name={(l) => l.displayName} />
          </select>
        </label>
        <label className="field"><span>{t("common.problem")}</span>
          <select value={form.problem} onChange={(e) => setForm({ ...form, problem: e.target.value })} name="problem" disabled={!problems?.length}>
            <option value="">{problems?.length ? t("landing.noProblem") : t("landing.noLibrary")}</option>
            {problems?.map((p) => <option key={p.slug} value={p.slug}>{p.title}</option>)}
          </select>
        </label>
      </div>
      {form.problem && chosen?.judged === false && <p className="muted" role="status" data-testid="not-judged">{t("room.notJudged", { language: chosen.displayName })}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy || (!orgs && !form.name.trim())} data-testid="create-room">
        {busy ? t("landing.creating") : t("landing.create")}
      </button>
    </form>
  );
}
