/** The scorecard routes, with a room session token or (token omitted) the account cookie, as the replay page may have either. */
import type { RequestBody } from "../../../contracts/route-bodies";
import { api } from "../lib/api";

export const ScorecardApi = {
  get: (roomId: string, token?: string) => api("scorecard", { roomId }, { token }),
  setRubric: (roomId: string, token: string | undefined, rubric: RequestBody<"setRubric">["rubric"]) => api("setRubric", { roomId }, { token, body: { rubric } }),
  save: (roomId: string, token: string | undefined, body: RequestBody<"saveScorecard">) => api("saveScorecard", { roomId }, { token, body }),
};
