/**
 * The runner on Cloudflare Containers: one instance per room (getContainer(env.RUNNER_CONTAINER,
 * roomId)), its image built from runner-service/Dockerfile (wrangler.toml [[containers]]).
 * The Room starts it when the room opens and keeps it warm while anyone is connected
 * (durable-objects/room/runner-warmth.ts); `sleepAfter` stops it once nobody has been for five
 * minutes. Runs reach it through the stub's fetch (durable-objects/room/runs/container-transport.ts),
 * which the library counts as activity for as long as the run's stream is open.
 * No internet: the runner needs none, and a candidate's program must reach nothing.
 */
import { Container, type StopParams } from "@cloudflare/containers";
import { log } from "../../contracts/log";

/** The runner's port inside the container (runner-service/Dockerfile's RUNNER_PORT). */
export const RUNNER_CONTAINER_PORT = 8790;
/** How long an instance lives after its last request or renewal. */
export const RUNNER_SLEEP_AFTER_MS = 5 * 60_000;
/** How often the Room renews a container while people are in the room: half of sleepAfter, so one late alarm never lets it lapse. */
export const RUNNER_KEEP_WARM_MS = RUNNER_SLEEP_AFTER_MS / 2;

/**
 * The runner's configuration inside the container. One run at a time: standard-2 has one whole
 * vCPU, and a second run beside the first would take its CPU and turn a fair wall-time limit into
 * a time-out (a room runs one interview run at a time anyway; a review run waits in the queue).
 * RUNNER_SECRET is moved into a 0600 file by the image's launcher before the runner starts.
 */
export function runnerContainerEnv(env: Pick<Env, "RUNNER_SECRET">): Record<string, string> {
  return {
    RUNNER_SECRET: env.RUNNER_SECRET ?? "",
    // The runner is alone in its VM: it may run as root there and sandbox as nobody.
    RUNNER_HOST_ISOLATION: "vm",
    RUNNER_CONCURRENCY: "1",
    DUET_ENV: "production",
    NODE_ENV: "production",
  };
}

export class RunnerContainer extends Container<Env> {
  defaultPort = RUNNER_CONTAINER_PORT;
  sleepAfter = `${RUNNER_SLEEP_AFTER_MS / 1000}s`;
  enableInternet = false;
  envVars = runnerContainerEnv(this.env);

  /**
   * The Room's warm-up and keep-warm (RPC): a running instance has its activity renewed (it stops
   * `sleepAfter` from now at the earliest); a stopped one is started and waited for until the
   * runner listens, so the room's first Run finds it ready. Throws the platform's "no container
   * instance" error when max_instances is reached.
   */
  async warm(): Promise<void> {
    if (this.ctx.container?.running) {
      this.renewActivityTimeout();
      return;
    }
    await this.startAndWaitForPorts();
  }

  // The library's lifecycle hooks, logged as JSON lines like the rest of Duet (its defaults print plain text).

  override onStart(): void {
    log("info", "runner_container_started", { instance: this.#name });
  }

  override onStop({ exitCode, reason }: StopParams): void {
    log(exitCode === 0 || reason === "runtime_signal" ? "info" : "warn", "runner_container_stopped", { instance: this.#name, exitCode, reason });
  }

  /** sleepAfter since the last request or renewal: nobody is in its room any more. */
  override async onActivityExpired(): Promise<void> {
    if (!this.ctx.container?.running) return;
    log("info", "runner_container_sleeping", { instance: this.#name });
    await this.stop();
  }

  override onError(error: unknown): unknown {
    log("error", "runner_container_error", { instance: this.#name, error: String(error) });
    throw error;
  }

  /** The room's id, or LIBRARY_INSTANCE (contracts/runner-container.ts). */
  get #name(): string {
    return this.ctx.id.name ?? this.ctx.id.toString();
  }
}
