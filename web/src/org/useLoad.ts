/** Reads something when shown and again on `reload()`; a failure becomes a sentence in the interface language. */
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../i18n/errors";

export function useLoad<T>(load: () => Promise<T>, describe: (e: unknown) => string = errorMessage): { data: T | null; error: string | null; reload(): Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(null);
    } catch (e) {
      setError(describeRef.current(e));
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
