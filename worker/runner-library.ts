/**
 * Runner work that belongs to no room, on Cloudflare Containers: one named instance
 * (LIBRARY_INSTANCE) answers it. Today that is language availability for GET /api/languages —
 * the manifest baked into the deployed image, as the image's own runner reports it.
 */
import type { LanguageInfo } from "../contracts/languages";
import { RUNNER_PATHS } from "../contracts/runner";
import { containerUrl, isCapacityRefusal, LIBRARY_INSTANCE } from "../contracts/runner-container";

/**
 * Availability by language id from the library instance's runner, or null when it cannot say in
 * time (cold, or no capacity): the caller then asks the pool, or answers "unknown". A cold
 * instance is started anyway (`background`), so the next page finds it warm.
 */
export async function containerAvailability(env: Env, background: (p: Promise<unknown>) => void, signal = AbortSignal.timeout(2000)): Promise<Record<string, boolean> | null> {
  const stub = env.RUNNER_CONTAINER.get(env.RUNNER_CONTAINER.idFromName(LIBRARY_INSTANCE));
  try {
    const res = await stub.fetch(containerUrl(RUNNER_PATHS.languages), { headers: { Authorization: `Bearer ${env.RUNNER_SECRET ?? ""}` }, signal });
    if (res.ok) {
      const body = (await res.json()) as { languages: LanguageInfo[] };
      return Object.fromEntries(body.languages.map((l) => [l.id, l.available]));
    }
    if (await isCapacityRefusal(res)) return null; // nothing to start: the pool, if any, answers
  } catch {
    // not answered in time: starting, most likely
  }
  background(stub.warm().catch(() => {}));
  return null;
}
