/**
 * The contract version: what a Duet web bundle speaks, on sockets and on commands. A deploy that
 * changes what the Worker or the Room sends or expects bumps it; the bundle sends its own as
 * `?v=` on the socket URL (CONTRACT_PARAM) and as the `X-Duet-Contract` header on commands
 * (CONTRACT_HEADER), and the Worker answers commands with its own in the same header.
 *
 * The Worker accepts the current version and the previous one (a tab opened before a deploy keeps
 * working); the Room tells a socket on the previous one that a newer one is deployed with a
 * contract frame (MESSAGE_CONTRACT, below), and the page reloads at a safe moment. Anything older
 * is answered "reload": a socket is closed with CLOSE.RELOAD (contracts/wire.ts), a command answered 426
 * `client_outdated`. No version at all is a stock Yjs client (or an API client): it is served as
 * before, never told to reload, whatever the version.
 *
 * Versions: 1 = the contract of the bundles that sent none (before versioning), 2 = the version
 * parameter, header and contract frame.
 *
 * No zod in this file (contracts/wire.ts re-exports it): the web app's first chunk sends the
 * version with every command, and must not build schemas before zod is told not to eval
 * (web/src/zod-config.ts).
 */
export const CONTRACT_VERSION = 2;
export const CONTRACT_PARAM = "v";
export const CONTRACT_HEADER = "X-Duet-Contract";
/**
 * Room → client, only to a socket that sent a version older than the deployed one:
 * varUint(MESSAGE_CONTRACT) varUint(deployed version). Past y-websocket's four message types; a
 * stock client never gets one.
 */
export const MESSAGE_CONTRACT = 4;

/** `?v=` or the header as sent: absent (null), a version, or not a version at all ("invalid"). */
export function readContract(raw: string | null | undefined): number | null | "invalid" {
  if (raw === null || raw === undefined) return null;
  return /^\d{1,6}$/.test(raw) ? Number(raw) : "invalid";
}

/**
 * What the Worker and the Room do with a client's version: serve it as a stock client (none sent),
 * as current (this one or newer: a bundle deployed before the Worker reached this place), as the
 * previous one (served, and told a newer one is deployed), or ask it to reload (older still).
 */
export function contractVerdict(sent: number | null, deployed: number = CONTRACT_VERSION): "stock" | "current" | "previous" | "reload" {
  if (sent === null) return "stock";
  if (sent >= deployed) return "current";
  return sent === deployed - 1 ? "previous" : "reload";
}
