import type { Identity } from "../contracts/wire";
import type { Token } from "./auth/tokens";
import type { RoomRow } from "../data/rooms";

export interface SignedInAccount {
  userId: string;
  name: string;
  email: string;
  sessionId: string;
}

/** Who reads a room's record (worker/middleware/record-reader.ts), with the stable identity their scorecard belongs to. */
export interface RecordReaderInfo {
  room: RoomRow;
  userId: string;
  name: string;
  /** interviewer: the room's; reviewer: the organisation's reviewers and admins; spectator: granted by an interviewer. */
  access: "interviewer" | "reviewer" | "spectator";
  via: "session" | "account";
}

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
    /** The signed-in account (worker/middleware/account.ts): null when nobody is, unset before it ran. */
    account: SignedInAccount | null;
    reader: RecordReaderInfo;
  };
};
