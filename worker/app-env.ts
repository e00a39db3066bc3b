import type { Identity } from "../contracts/wire";
import type { Token } from "./auth/tokens";
import type { RoomRow } from "../data/rooms";

/** One environment type for the app and every middleware. Env comes from `wrangler types`. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Set by the session middleware from a verified session token. */
    identity: Identity;
    token: Token;
    inviteId: string;
    room: RoomRow;
  };
};
