/**
 * The runner on Cloudflare Containers: one instance per room (getContainer(env.RUNNER_CONTAINER,
 * roomId)), its image built from runner-service/Dockerfile (wrangler.toml [[containers]]).
 * The Room starts it when the room opens and keeps it warm while anyone is connected
 * (durable-objects/room/runs/); `sleepAfter` stops it once nobody has been for five minutes.
 * No internet: the runner needs none, and a candidate's program must reach nothing.
 */
import { Container } from "@cloudflare/containers";

/** The runner's port inside the container (runner-service/Dockerfile's RUNNER_PORT). */
export const RUNNER_CONTAINER_PORT = 8790;
/** How long an instance lives after its last request or renewal. */
export const RUNNER_SLEEP_AFTER_MS = 5 * 60_000;

export class RunnerContainer extends Container<Env> {
  defaultPort = RUNNER_CONTAINER_PORT;
  sleepAfter = `${RUNNER_SLEEP_AFTER_MS / 1000}s`;
  enableInternet = false;
}
