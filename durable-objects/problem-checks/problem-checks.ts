/**
 * ProblemChecks: one Durable Object per version of an interviewer's own problem
 * (`idFromName(ref)`), which checks it on the runner and writes the outcome to D1 (checks.ts).
 *
 * In the background, not in the request that made the version: the checks compile and run up to
 * sixteen programs (each reference, each language's starter), tens of seconds on a cold runner,
 * longer than a form should wait and than a Worker's waitUntil may last. An alarm has no such
 * limit, survives eviction, and retries: a runner that is down or busy leaves the version
 * "checking" and is asked again with backoff, until MAX_ATTEMPTS says to give up.
 */
import { DurableObject } from "cloudflare:workers";
import { db } from "../../data/db";
import { hiddenCase } from "../../data/hidden-case";
import { ownVersionByRef, setVersionStatus } from "../../data/own-problems";
import { parseOwnProblemRef } from "../../contracts/own-problems";
import type { LanguageId } from "../../contracts/languages";
import type { Signature } from "../../contracts/problems";
import { guarded, rethrow } from "../room/guard";
import { runnerTransport } from "../room/runs/transport";
import { checkVersion, type VersionToCheck } from "./checks";

interface Job {
  ref: string;
  tenant: string;
  attempts: number;
}

const MAX_ATTEMPTS = 6;
const RETRY_BASE_MS = 5_000;

/**
 * Why a version's checks need not run: a later version replaced it or the problem was deleted
 * before they started, so no room can ever get it (rooms are given the latest ready version), and
 * the runner's time goes to the version that matters. Null: check it.
 */
export function notWorthChecking(problem: { latestVersion: number; deletedAt: number | null }, version: number): string | null {
  if (problem.deletedAt !== null) return "not checked: the problem was deleted before its checks ran";
  if (problem.latestVersion > version) return `not checked: version ${problem.latestVersion} replaced it before its checks ran`;
  return null;
}

export class ProblemChecks extends DurableObject<Env> {
  /** Checks the version `ref` soon; `tenant`: whose share of the runner the checks use. */
  async check(ref: string, tenant: string): Promise<void> {
    return this.#guard("check", async () => {
      if (!parseOwnProblemRef(ref)) throw new Error(`not a version ref: ${ref}`);
      await this.ctx.storage.put("job", { ref, tenant, attempts: 0 } satisfies Job);
      await this.ctx.storage.setAlarm(Date.now());
    });
  }

  async alarm(): Promise<void> {
    return this.#guard("alarm", () => this.#onAlarm());
  }

  async #onAlarm(): Promise<void> {
    const job = await this.ctx.storage.get<Job>("job");
    if (!job) return;
    const d = db(this.env.DB);
    const found = await ownVersionByRef(d, job.ref);
    const named = parseOwnProblemRef(job.ref);
    if (!found || !named) {
      await this.ctx.storage.delete("job");
      return;
    }
    const skipped = notWorthChecking(found.problem, named.version);
    if (skipped) {
      await setVersionStatus(d, named.id, named.version, "failed", skipped);
      await this.ctx.storage.delete("job");
      return;
    }
    const v = found.version;
    const toCheck: VersionToCheck = {
      ref: job.ref,
      problem: { slug: job.ref, signature: v.signature as Signature, timeLimitMs: v.timeLimitMs, reference: v.reference as Partial<Record<LanguageId, string>> },
      examples: v.examples.map((e) => ({ kind: "example", input: e.stdin, expected: e.expected })),
      hidden: v.hidden.map(hiddenCase),
      starter: v.starter,
    };
    const outcome = await checkVersion(runnerTransport(this.env, null), toCheck, job.tenant);
    if (outcome.status === "retry" && job.attempts + 1 < MAX_ATTEMPTS) {
      await setVersionStatus(d, named.id, named.version, "checking", `${outcome.detail} (trying again)`);
      await this.ctx.storage.put("job", { ...job, attempts: job.attempts + 1 } satisfies Job);
      await this.ctx.storage.setAlarm(Date.now() + RETRY_BASE_MS * 2 ** job.attempts);
      return;
    }
    await setVersionStatus(d, named.id, named.version, outcome.status === "ready" ? "ready" : "failed", outcome.status === "ready" ? null : outcome.detail);
    await this.ctx.storage.delete("job");
  }

  #guard<T>(entry: string, hook: () => T | Promise<T>): Promise<T> {
    return guarded(`problem-checks:${this.ctx.id.toString()}`, entry, hook, rethrow);
  }
}
