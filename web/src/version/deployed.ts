/**
 * What this page knows of the Duet that is deployed (contracts/wire.ts CONTRACT_VERSION): nothing
 * newer; a newer contract (the room's contract frame, or a command's X-Duet-Contract answer), so
 * this page still works but reloads at a safe moment; or refused (a socket closed CLOSE.RELOAD, a
 * command answered 426), so it must reload. One store for the page: every socket and command feeds it.
 */
import { CONTRACT_HEADER, CONTRACT_VERSION, readContract } from "../../../contracts/contract-version";

export type Deployed = { kind: "current" } | { kind: "newer"; version: number } | { kind: "refused" };

let deployed: Deployed = { kind: "current" };
const listeners = new Set<() => void>();

function set(next: Deployed): void {
  deployed = next;
  for (const fn of listeners) fn();
}

/** A newer contract is deployed than this page speaks. */
export function noteDeployed(version: number): void {
  if (version > CONTRACT_VERSION && deployed.kind === "current") set({ kind: "newer", version });
}

/** The Worker or the room refused this page's contract. */
export function noteRefused(): void {
  if (deployed.kind !== "refused") set({ kind: "refused" });
}

/** A versioned command's answer: says which contract is deployed. */
export function noteAnswer(res: Response): void {
  const version = readContract(res.headers.get(CONTRACT_HEADER));
  if (typeof version === "number") noteDeployed(version);
}

export const deployedStore = {
  subscribe(fn: () => void): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  snapshot: (): Deployed => deployed,
  /** Tests only: back to a page that knows of nothing newer. */
  reset(): void {
    set({ kind: "current" });
  },
};
