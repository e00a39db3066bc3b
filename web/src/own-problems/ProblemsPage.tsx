/**
 * /problems: an interviewer's own problems (issue 18), private to their team. The list says how
 * each one's latest version fared on the runner (being checked, ready, or why it failed) and
 * which version rooms get; new problems and edits go through ProblemForm. Its own chunk.
 */
import { type ChangeEvent, type MouseEvent, useCallback, useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { can } from "../../../contracts/org-roles";
import type { OwnProblemDraft, OwnProblemSummary } from "../../../contracts/own-problems";
import { useMe } from "../account/useMe";
import { Logo } from "../components/TopBar";
import { ColumnHeads } from "../org/parts";
import { ConfirmButton } from "../org/ConfirmButton";
import { useLoad } from "../org/useLoad";
import { PageNav } from "../pages/PageNav";
import { EMPTY_FORM, type FormState, fromDraft } from "./draft-form";
import { draftFromFolder, FolderImportError, type ImportFailure } from "./import-folder";
import { OwnProblemsApi } from "./own-problems-api";
import { ProblemForm } from "./ProblemForm";

/** How often the list asks again while a version is being checked. */
const POLL_MS = 2000;

type Editing = { kind: "new"; form?: FormState } | { kind: "edit"; problem: OwnProblemSummary; form: FormState };

/** Files the folder picker gives past this size are not a problem's (a stray build output): not read. */
const MAX_IMPORT_FILE_BYTES = 1024 * 1024;

export function ProblemsPage({ navigate }: { navigate(path: string): void }) {
  const { t } = useTranslation();
  const { me, refresh } = useMe();
  const signedIn = Boolean(me?.user);
  const { data, error, reload } = useLoad(useCallback(() => (signedIn ? OwnProblemsApi.list() : Promise.resolve(null)), [signedIn]));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    document.title = t("ownProblems.documentTitle");
  }, [t]);
  // Each answer schedules the next ask while a version is still being checked.
  useEffect(() => {
    if (!data?.problems.some((p) => p.latest.status === "checking")) return;
    const timer = setTimeout(() => void reload(), POLL_MS);
    return () => clearTimeout(timer);
  }, [data, reload]);

  const writable = me?.organizations.filter((o) => can(o.role, "runInterviews")) ?? [];
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const home = (e: MouseEvent) => {
    e.preventDefault();
    navigate("/");
  };
  const saved = async () => {
    setEditing(null);
    setNotice(t("ownProblems.saved"));
    await reload();
  };
  const save = async (draft: OwnProblemDraft) => {
    if (editing?.kind === "edit") await OwnProblemsApi.edit(editing.problem.id, draft);
    else await OwnProblemsApi.create(draft, writable.length > 1 ? (orgId ?? writable[0].id) : undefined);
    await saved();
  };
  const edit = async (problem: OwnProblemSummary) => {
    setNotice(null);
    const { draft } = await OwnProblemsApi.get(problem.id);
    setEditing({ kind: "edit", problem, form: fromDraft(draft) });
  };
  /** A folder in the repository's problem format fills the form; the interviewer reviews it and saves. */
  const importFolder = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])].filter((f) => f.size <= MAX_IMPORT_FILE_BYTES);
    e.target.value = ""; // the same folder may be picked again after a fix
    setNotice(null);
    try {
      const files = await Promise.all(picked.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
      const { draft, skipped } = draftFromFolder(files);
      setEditing({ kind: "new", form: fromDraft(draft) });
      setNotice(skipped.length ? t("ownProblems.importedSkipped", { title: draft.title, skipped: skipped.join(", ") }) : t("ownProblems.imported", { title: draft.title }));
    } catch (err) {
      if (!(err instanceof FolderImportError)) throw err;
      setNotice(importFailure(t, err.failure));
    }
  };

  return (
    <div className="landing">
      <PageNav brand={<a href="/" className="brand" onClick={home} aria-label={t("app.home")}><Logo /></a>} me={me} navigate={navigate} onSignedOut={refresh} />
      <main className="org-main">
        <header className="org-head">
          <h1>{t("ownProblems.title")}</h1>
          <p className="muted">{t("ownProblems.intro")}</p>
        </header>
        {me && !me.user ? (
          <div className="card"><p className="muted" data-testid="signed-out">{t("accountPage.signedOut")}</p></div>
        ) : error ? (
          <div className="card"><p className="form-error" role="alert">{error}</p></div>
        ) : !data ? (
          <div className="card page-loading" aria-busy="true"><span className="spinner" /> {t("app.loading")}</div>
        ) : editing ? (
          <>
            {editing.kind === "new" && writable.length > 1 && (
              <label className="field"><span>{t("ownProblems.fieldOwner")}</span>
                <select name="orgId" value={orgId ?? writable[0].id} onChange={(e) => setOrgId(e.target.value)}>
                  {writable.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
              </label>
            )}
            {notice && <p className="muted" role="status" data-testid="import-notice">{notice}</p>}
            <ProblemForm
              initial={editing.form ?? EMPTY_FORM}
              heading={editing.kind === "edit" ? t("ownProblems.formEdit", { title: editing.problem.title, version: editing.problem.latest.version + 1 }) : t("ownProblems.formNew")}
              onSave={save} onCancel={() => setEditing(null)} />
          </>
        ) : (
          <section className="card org-section" aria-labelledby="own-problems-list" data-testid="own-problems">
            <h2 id="own-problems-list" className="sr-only">{t("ownProblems.title")}</h2>
            <div className="org-form">
              <button type="button" className="btn btn-primary" onClick={() => setEditing({ kind: "new" })} data-testid="new-problem">{t("ownProblems.new")}</button>
              <label className="btn">
                {t("ownProblems.importFolder")}
                {/* webkitdirectory: the picker chooses a folder (every browser we support has it); React does not type it */}
                <input type="file" className="sr-only" multiple onChange={(e) => void importFolder(e)} data-testid="import-folder" {...{ webkitdirectory: "" }} />
              </label>
            </div>
            <p className="muted">{t("ownProblems.importHint")}</p>
            {notice && <p className="muted" role="status">{notice}</p>}
            {data.problems.length === 0 ? <p className="muted">{t("ownProblems.empty")}</p> : (
              <table className="org-table">
                <caption className="sr-only">{t("ownProblems.title")}</caption>
                <ColumnHeads names={[t("ownProblems.colTitle"), t("ownProblems.colVersion"), t("ownProblems.colStatus"), t("org.actions")]} />
                <tbody>
                  {data.problems.map((p) => <ProblemRow key={p.id} problem={p} onEdit={() => void edit(p)} onDeleted={reload} />)}
                </tbody>
              </table>
            )}
          </section>
        )}
        <p><a href="/" onClick={home}>{t("org.back")}</a></p>
      </main>
    </div>
  );
}

function importFailure(t: TFunction, f: ImportFailure): string {
  switch (f.reason) {
    case "no_problem_json": return t("ownProblems.importNoProblem");
    case "no_statement": return t("ownProblems.importNoStatement");
    case "not_json": return t("ownProblems.importNotJson", { file: f.file });
    case "generated_tests_only": return t("ownProblems.importGenerated");
    case "too_many_tests": return t("ownProblems.importTooMany", { count: f.count, max: f.max });
    case "invalid": return t("ownProblems.importInvalid", { file: f.file, detail: f.detail });
  }
}

function ProblemRow({ problem: p, onEdit, onDeleted }: { problem: OwnProblemSummary; onEdit(): void; onDeleted(): Promise<void> }) {
  const { t } = useTranslation();
  const rowId = `own-problem-${p.id}`;
  return (
    <tr data-testid="own-problem" data-status={p.latest.status}>
      <th scope="row" id={rowId}><bdi>{p.title}</bdi> <span className="muted">{t(`problem.difficulty.${p.difficulty}`)}</span></th>
      <td>{p.latest.version}{p.readyVersion !== null && p.readyVersion !== p.latest.version && <span className="muted"> {t("ownProblems.readyVersion", { version: p.readyVersion })}</span>}</td>
      <td data-testid="own-problem-status">
        {t(`ownProblems.status.${p.latest.status}`)}
        {p.latest.detail && <pre className="own-problem-detail" data-testid="own-problem-detail">{p.latest.detail}</pre>}
      </td>
      <td>
        <button type="button" className="btn btn-small" aria-describedby={rowId} onClick={onEdit} data-testid="edit-problem">{t("ownProblems.edit")}</button>
        <ConfirmButton label={t("org.delete")} describedBy={rowId} testId="delete-problem"
          title={t("ownProblems.deleteTitle")} text={t("ownProblems.deleteText", { title: p.title })} confirmLabel={t("ownProblems.deleteConfirm")}
          action={async () => {
            await OwnProblemsApi.remove(p.id);
            await onDeleted();
          }} />
      </td>
    </tr>
  );
}
