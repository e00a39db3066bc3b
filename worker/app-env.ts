import type { Identity } from "../contracts/wire";

/** One environment type for the app and every middleware. Env comes from `wrangler types`. */
export type AppEnv = {
  Bindings: Env;
  Variables: { requestId: string; identity: Identity };
};
