/** Routes of the table (contracts/routes.ts) for a browser's durable room session (worker/routes/room-session.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

const room = "/api/rooms/:roomId";

export const ROOM_SESSION_ROUTES = {
  /** Who this room session (the room's cookie, or a Bearer token) is, in which room, and whether it is live, ended or expired. */
  roomSession: { method: "GET", path: `${room}/session` },
  /** Leaves / forgets the room in this browser: clears the room's cookie (the token itself stays valid until it expires). */
  forgetRoomSession: { method: "DELETE", path: `${room}/session` },
} as const satisfies Record<string, Route>;
