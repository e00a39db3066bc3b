// `npm run dev:token -- [roomId] <role> [name]`: a session token for the running local server
// (`npm start`, or DUET_URL), for stock Yjs clients, curl and experiments — the real thing, as
// joining by link gives it. Without a room id it creates a room through the API first. With one,
// it re-issues that room's invite for the role from the local D1 and the secret in .dev.vars
// (what a local operator can do anyway), then joins through the API. DUET_PERSIST_TO and
// TOKEN_SECRET point it at a server started with other storage or another secret.
import { createHmac } from "node:crypto";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDevVars } from "./lib/dev-vars.mjs";
import { ROLES, createRoom, joinAs, joinRoom } from "./lib/room-api.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = process.env.DUET_URL ?? "http://127.0.0.1:8787";
const USAGE = "usage: npm run dev:token -- [roomId] <interviewer|candidate|spectator> [name]";
const MAX_ROOM_LIFETIME_MS = 7 * 24 * 3600_000; // contracts/api.ts: invites live as long as the room can

function parseArgs(args) {
  const [first, ...rest] = args;
  const [roomId, role, name] = ROLES.includes(first) ? [undefined, first, rest[0]] : [first, rest[0], rest[1]];
  if (!ROLES.includes(role)) throw new Error(USAGE);
  if (roomId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(roomId)) throw new Error(`not a room id: ${roomId}\n${USAGE}`);
  return { roomId, role, name: name ?? `Dev ${role}` };
}

/** The room's invite for `role` and its creation time, from the local D1 that `npm start` uses. */
function localInvite(roomId, role) {
  const sql = `SELECT i.id AS id, r.created_at AS createdAt FROM invites i JOIN rooms r ON r.id = i.room_id WHERE r.id = '${roomId}' AND i.role = '${role}' ORDER BY i.created_at LIMIT 1`;
  const persist = process.env.DUET_PERSIST_TO ? ["--persist-to", process.env.DUET_PERSIST_TO] : [];
  const out = execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--json", ...persist, "--command", sql], {
    cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const row = JSON.parse(out)[0]?.results?.[0];
  if (!row) throw new Error(`no room ${roomId} with a ${role} invite in the local D1 (.wrangler/state)`);
  return row;
}

/** Signs an invite exactly as worker/auth/tokens.ts does (HMAC-SHA256 over the base64url body). */
function signInvite(secret, claims) {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}

async function main() {
  const { roomId, role, name } = parseArgs(process.argv.slice(2));
  let joined;
  let link;
  if (roomId === undefined) {
    const room = await createRoom(BASE, { title: "Dev room" });
    joined = await joinAs(BASE, room, role, name);
    link = room.links[role];
  } else {
    const secret = process.env.TOKEN_SECRET ?? readDevVars(ROOT).TOKEN_SECRET;
    if (!secret) throw new Error("no TOKEN_SECRET in .dev.vars: run `npm start` once");
    const invite = localInvite(roomId, role);
    const token = signInvite(secret, { kind: "invite", v: 1, rid: roomId, role, jti: invite.id, exp: invite.createdAt + MAX_ROOM_LIFETIME_MS });
    joined = await joinRoom(BASE, roomId, token, name);
  }
  const wsBase = BASE.replace(/^http/, "ws");
  console.log(`room:   ${joined.room.id}\nrole:   ${role} (${joined.identity.name})\ntoken:  ${joined.token}`);
  if (link) console.log(`link:   ${link}`);
  console.log(`socket: ${wsBase}/api/rooms/${joined.room.id}/code?token=${joined.token}`);
}

main().catch((e) => {
  console.error(`dev:token: ${e.cause?.code === "ECONNREFUSED" ? `nothing answers at ${BASE}: run \`npm start\` first` : e.message}`);
  process.exit(1);
});
