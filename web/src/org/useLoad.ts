/** Reads something when shown and again on `reload()`; a failure becomes a sentence in the interface language. */
import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "../i18n/errors";

export function useLoad<T>(load: () => Promise<T>): { data: T | null; error: string | null; reload(): Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
