/**
 * The problem: statement (markdown), the signature the room's language must define, examples and
 * constraints for the room's `meta.problemSlug`, from GET /api/problems/:slug. The interviewer
 * picks, changes or clears it here (ProblemPicker); whoever may edit can reset the code to the
 * problem's starter. With no problem picked, an empty state.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { SetProblemCode } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import { codeText } from "../../../contracts/room-state";
import type { ProblemSummary } from "../lib/api";
import type { HintsProps } from "../problem/ProblemHints";
import { ProblemPicker } from "../problem/ProblemPicker";
import { untouched } from "../problem/starter";
import { useProblem } from "../problem/useProblem";
import { ProblemView } from "../problem/ProblemView";

/** The room's shared code and language: the signature is shown for it, the starter reset into it. */
export interface RoomCode {
  doc: Y.Doc;
  language: { id: LanguageId; template: string };
  /** Whether this participant may edit the code now (not read-only, room open, synced). */
  canEdit: boolean;
}

interface Props {
  slug: string | null;
  canPick: boolean;
  onPick?(slug: string | null, code: SetProblemCode): Promise<void>;
  room?: RoomCode;
  /** The room's hints: those revealed, how many there are, and the interviewer's controls. */
  hints?: HintsProps;
}

export function ProblemPanel({ slug, canPick, onPick, room, hints }: Props) {
  const { t } = useTranslation();
  const load = useProblem(slug);
  const loaded = load?.state === "ready" ? load.problem : null;
  const touched = () => (room ? !untouched(codeText(room.doc, room.language.id).toString(), room.language, loaded) : false);
  const picker = canPick && onPick ? <ProblemPicker current={slug} touched={touched} onPick={onPick} /> : null;
  if (!slug || !load) return <NoProblem canPick={canPick} picker={picker} />;
  if (load.state === "loading") return <div className="panel-empty" aria-busy="true"><div className="skeleton w60" /><div className="skeleton" /><div className="skeleton w80" /></div>;
  if (load.state === "error") return <div className="panel-empty" role="alert">{picker}<h3>{t("problem.loadFailed")}</h3><p>{load.message}</p></div>;
  return (
    <>
      {picker}
      <ProblemView problem={load.problem} room={room} hints={hints} />
    </>
  );
}

function NoProblem({ canPick, picker }: { canPick: boolean; picker: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="panel-empty" data-testid="no-problem">
      <div className="empty-icon" aria-hidden="true">{"{ }"}</div>
      <h3>{t("problem.none")}</h3>
      <p>{canPick ? t("problem.pickHint") : t("problem.waitHint")}</p>
      {picker}
    </div>
  );
}

export type { ProblemSummary };
