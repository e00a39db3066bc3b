/**
 * The runner on Cloudflare Containers, as the Room (durable-objects/room/runs/container-transport.ts)
 * and the Worker (worker/runner-library.ts) both reach it: through a RunnerContainer instance's
 * stub, whose fetch starts the instance if it must. What the platform says when it has no
 * instance to give, and the name of the instance for work that belongs to no room.
 */

/** The room-less instance: language availability, the manifest baked into the deployed image. */
export const LIBRARY_INSTANCE = "library:default";

/** How long a participant refused for capacity is asked to wait: the instances of emptied rooms stop within minutes. */
export const CAPACITY_RETRY_AFTER_S = 30;

/**
 * The container library's words (@cloudflare/containers) when the platform has no instance to
 * give: max_instances reached ("there is no container instance that can be provided…", thrown by
 * start, a plain-text 503 "There is no Container instance available…" from fetch) or too many
 * starts a second ("you are requesting too many containers per second", a plain-text 429).
 */
const NO_INSTANCE = /no container instance|too many containers/i;

/** A stub's fetch needs an absolute URL; the library sends it to the container's port whatever the host. */
export const containerUrl = (path: string) => new URL(path, "http://runner.container");

/** Whether an error or an answer is the platform refusing an instance — not the runner refusing a run (its refusals are JSON). */
export async function isCapacityRefusal(answer: unknown): Promise<boolean> {
  if (!(answer instanceof Response)) return NO_INSTANCE.test(answer instanceof Error ? answer.message : String(answer));
  if ((answer.status !== 503 && answer.status !== 429) || answer.headers.get("content-type")?.includes("json")) return false;
  return NO_INSTANCE.test(await answer.clone().text().catch(() => ""));
}
