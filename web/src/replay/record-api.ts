/**
 * The replay's calls: the record page by page (with each edit's delta), the buffers at a moment,
 * and runs of a past version. With the room session this tab keeps when it has one, else with
 * the account cookie (the API decides who may read: candidates get 403).
 */
import type { LanguageId } from "../../../contracts/languages";
import type { CodeAtResponse, RecordEvent, RecordResponse } from "../../../contracts/record";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { api, ApiError } from "../lib/api";

async function getJson<T>(path: string, token: string | undefined): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, "network", "Can't reach Duet — check your connection");
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? "internal", data?.error?.message ?? `HTTP ${res.status}`);
  return data as T;
}

/**
 * contracts/record.ts RECORD_PAGE_MAX, restated so this chunk does not evaluate that module (it
 * pulls in the zod schemas); a test checks the two agree.
 */
export const PAGE_LIMIT = 5000;

export type RecordHead = Omit<RecordResponse, "events" | "next" | "limit" | "capped">;
export interface LoadedRecord { head: RecordHead; events: RecordEvent[] }

/**
 * Every page of the record, PAGE_LIMIT events at a time, each edit and note with its delta: the
 * deltas start from empty buffers (the Room's own starter writes are edits too), so the record
 * alone rebuilds every moment. `onPage` hears how many events have arrived.
 */
export async function loadRecord(roomId: string, token: string | undefined, onPage?: (events: number) => void): Promise<LoadedRecord> {
  const pagePath = (after: number) => `${pathTo(ROUTES.record, { roomId })}?after=${after}&limit=${PAGE_LIMIT}&deltas=1`;
  const first = await getJson<RecordResponse>(pagePath(0), token);
  const events = [...first.events];
  onPage?.(events.length);
  for (let next = first.next; next !== null; ) {
    const page = await getJson<RecordResponse>(pagePath(next), token);
    events.push(...page.events);
    onPage?.(events.length);
    next = page.next;
  }
  const { events: _e, next: _n, limit: _l, capped: _c, ...head } = first;
  return { head, events };
}

export function codeAt(roomId: string, token: string | undefined, t: number): Promise<CodeAtResponse> {
  return getJson<CodeAtResponse>(`${pathTo(ROUTES.recordCode, { roomId })}?t=${Math.round(t)}`, token);
}

/** Runs the buffer of `language` as it stood at `at` (a review run: the interviewers', also after the end). */
export function runVersion(roomId: string, token: string | undefined, language: LanguageId, at: number) {
  return api("startRun", { roomId }, { token, body: { language, at: Math.round(at) } });
}

export function getRun(roomId: string, token: string | undefined, runId: string) {
  return api("run", { roomId, runId }, { token });
}
