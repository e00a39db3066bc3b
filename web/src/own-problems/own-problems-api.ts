/** The routes of interviewers' own problems (contracts/own-problems-routes.ts), over the route table like `Api` in lib/api.ts. */
import type { OwnProblemDraft } from "../../../contracts/own-problems";
import { api } from "../lib/api";

export const OwnProblemsApi = {
  list: () => api("ownProblems", {}),
  get: (problemId: string) => api("ownProblem", { problemId }),
  create: (draft: OwnProblemDraft, orgId?: string) => api("createOwnProblem", {}, { body: orgId ? { ...draft, orgId } : draft }),
  edit: (problemId: string, draft: OwnProblemDraft) => api("editOwnProblem", { problemId }, { body: draft }),
  remove: (problemId: string) => api("deleteOwnProblem", { problemId }),
};
