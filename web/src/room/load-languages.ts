import type { ApiLanguage } from "../../../contracts/api";
import { Api } from "../lib/api";

/**
 * The languages manifest, asked once per page: the Join click starts it with the join request, so
 * the room need not wait for it after joining (issue 17). A failure is not kept.
 */
let languagesAsked: Promise<ApiLanguage[]> | null = null;
export function loadLanguages(): Promise<ApiLanguage[]> {
  languagesAsked ??= Api.languages().then(
    (r) => r.languages.map((l) => ({ ...l, available: l.available ?? true })),
    (e: unknown) => {
      languagesAsked = null;
      throw e;
    },
  );
  return languagesAsked;
}
