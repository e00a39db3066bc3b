/**
 * One account action at a time, with its error in words: `run("signIn", …)` marks it busy (the
 * page disables the other buttons and names the running one), and a failure becomes `error`.
 */
import { useState } from "react";
import { accountErrorMessage } from "./auth";

export function useAction<K extends string>(describe: (e: unknown) => string = accountErrorMessage) {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (what: K, action: () => Promise<void>): Promise<void> => {
    setBusy(what);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, setError, run };
}
