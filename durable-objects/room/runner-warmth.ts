/**
 * The room's runner container, kept warm while people are in the room (container transport only;
 * the other transports start nothing). A cold start takes 2–10 s, with tails of tens of seconds:
 *   - the room created, or its first socket after a quiet spell: the container is started, not
 *     waited for, so the first Run finds it running;
 *   - while a participant socket is open: its activity renewed every RUNNER_KEEP_WARM_MS (half of
 *     its sleepAfter) by the `runnerKeepWarm` deadline, so it never stops while people are here;
 *   - the last socket gone: renewed once more and left to lapse, so it stops exactly sleepAfter
 *     (five minutes) after the room emptied, by the library's own activity timeout.
 */
import { RUNNER_KEEP_WARM_MS } from "../runner-container/runner-container";
import type { Deadlines } from "./deadlines";
import { runnerTransport } from "./runs/transport";

export interface WarmthHost {
  /** The Room's env, as its runs see it (a test may point its container binding at a fake). */
  env: Env;
  /** The room's id: its container instance's name (the same the runs use). */
  room: string;
  deadlines(): Deadlines;
  /** Participant sockets open now (not those already leaving). */
  openSockets(): number;
  /** Work that goes on after the hook returns (the start is never waited for). */
  waitUntil(p: Promise<unknown>): void;
}

export class RunnerWarmth {
  constructor(private readonly host: WarmthHost) {}

  /** The room was created: its container starts now, before anyone is in. */
  created(now = Date.now()): void {
    this.#warm(now, false);
  }

  /** A socket arrived: the first one after a quiet spell starts the container and the keep-warm deadline. */
  arrived(now = Date.now()): void {
    if (this.host.deadlines().get("runnerKeepWarm") === undefined) this.#warm(now, true);
  }

  /** The keep-warm deadline: renewed while someone is here; otherwise the deadline lapses with the container. */
  keepWarm(now = Date.now()): undefined {
    if (this.host.openSockets() > 0) this.#warm(now, true);
    return undefined;
  }

  /** Someone left: when nobody is left, one last renewal (sleepAfter counts from now) and no more. */
  left(): void {
    if (this.host.openSockets() > 0 || this.host.deadlines().get("runnerKeepWarm") === undefined) return;
    this.host.deadlines().set("runnerKeepWarm", null);
    this.#warm(Date.now(), false);
  }

  #warm(now: number, keep: boolean): void {
    const transport = runnerTransport(this.host.env, this.host.room);
    if (transport.kind !== "container") return;
    this.host.waitUntil(transport.warm());
    if (keep) this.host.deadlines().set("runnerKeepWarm", now + RUNNER_KEEP_WARM_MS);
  }
}

/**
 * Tests only: the env changes that send this room's runs to the fake container namespace
 * TEST_RUNNER_CONTAINER (worker/test/fake-runner-container.mjs), with `pool` as its RUNNER_URLS
 * fallback. Refused unless DUET_ENV is exactly "test" and that binding exists — the deployed
 * Worker has neither (deploy refuses any DUET_ENV but production), so a production room can never
 * be pointed anywhere but its own RunnerContainer.
 */
export function testContainerEnv(env: Env, pool: string): Partial<Env> & Record<string, unknown> {
  const fake = (env as unknown as { TEST_RUNNER_CONTAINER?: Env["RUNNER_CONTAINER"] }).TEST_RUNNER_CONTAINER;
  if (env.DUET_ENV !== "test" || !fake) throw new Error("a test container binding exists only when DUET_ENV is test");
  return { RUNNER_TRANSPORT: "container", RUNNER_CONTAINER: fake, RUNNER_URLS: pool };
}
