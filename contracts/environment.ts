/**
 * Which deployment a process is part of, from `DUET_ENV`. Only the two exact values below are
 * anything but production: a typo, a stray space or an unset variable must never switch on
 * development behaviour (fail closed). Every part asks here — the Worker, the Room, the runner.
 */
export const NON_PRODUCTION_ENVS = ["development", "test"] as const;

/** Takes anything with a DUET_ENV: a Worker's `env`, a Durable Object's, or Node's `process.env`. */
export function isProduction(env: { DUET_ENV?: string | undefined }): boolean {
  return !(NON_PRODUCTION_ENVS as readonly (string | undefined)[]).includes(env.DUET_ENV);
}
