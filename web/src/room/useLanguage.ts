/**
 * The room's language is `meta.language` (shared). Switching asks the server (which also seeds
 * the starter template into an empty buffer — the client never inserts it, so two clients cannot
 * both add it); until the state doc confirms, the choice shows optimistically. If the server has
 * no language command yet, the choice stays local to this participant.
 */
import { useEffect, useState } from "react";
import type { LanguageId } from "../../../contracts/languages";
import { errorMessage } from "../i18n/errors";
import { ApiError } from "../lib/api";

export const DEFAULT_LANGUAGE: LanguageId = "python";

export function useLanguage(shared: LanguageId | undefined, send: (id: LanguageId) => Promise<unknown>, onError: (m: string) => void) {
  const [pending, setPending] = useState<LanguageId | null>(null);
  useEffect(() => {
    if (pending !== null && shared === pending) setPending(null);
  }, [shared, pending]);
  const language = pending ?? shared ?? DEFAULT_LANGUAGE;
  const change = (id: LanguageId) => {
    if (id === language) return;
    setPending(id);
    send(id).catch((e: unknown) => {
      if (e instanceof ApiError && e.missing) return; // older server: keep the local choice
      setPending(null);
      onError(errorMessage(e));
    });
  };
  return [language, change] as const;
}
