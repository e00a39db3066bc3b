/**
 * Rotating TOKEN_SECRET without killing live links (README "Deploy"): while TOKEN_SECRET_PREVIOUS
 * holds the old secret, links and sessions it signed still work and everything new is signed with
 * the new one; once it is removed, the old links are refused as invalid links.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { keyId, tokenKeyId, verifyToken } from "../auth/tokens";
import { createRoom, tokenOf } from "./api";
import { fetchWith } from "./with-vars";

const OLD = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;
const NEW = "the-rotated-token-secret-0123456789abcdef0123";
const ROTATING = { TOKEN_SECRET: NEW, TOKEN_SECRET_PREVIOUS: OLD };
const ROTATED = { TOKEN_SECRET: NEW, TOKEN_SECRET_PREVIOUS: undefined };

const joinWith = (vars: typeof ROTATING | typeof ROTATED, roomId: string, token: string, name: string) =>
  fetchWith(vars, `http://duet.test${pathTo(ROUTES.join, { roomId })}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });

function b64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A token as the Worker signed them before key ids: the same claims and HMAC, no `kid`. */
async function keylessToken(claims: object, secret: string): Promise<string> {
  const body = b64url(new TextEncoder().encode(JSON.stringify(claims)));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return `${body}.${b64url(new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body))))}`;
}

describe("token secret rotation", () => {
  it("a link sent before the rotation still joins during it; after the old secret is removed it is an invalid link", async () => {
    const room = await createRoom();
    const candidateLink = tokenOf(room.links.candidate);
    const interviewerLink = tokenOf(room.links.interviewer);
    expect(tokenKeyId(candidateLink)).toBe(await keyId(OLD));

    const joined = await joinWith(ROTATING, room.roomId, candidateLink, "Cam");
    expect(joined.status, await joined.clone().text()).toBe(200);
    // What the Worker signs now carries the new key's id, and the old secret alone no longer verifies it.
    const session = ROUTE_BODIES.join.response.parse(await joined.json()).token;
    expect(tokenKeyId(session)).toBe(await keyId(NEW));
    expect(await verifyToken(session, NEW)).toMatchObject({ ok: true });
    expect(await verifyToken(session, OLD)).toEqual({ ok: false, reason: "bad_signature" });

    // The session made during the rotation outlives it; the link from before does not.
    const staff = await joinWith(ROTATING, room.roomId, interviewerLink, "Ivy");
    const interviewer = ROUTE_BODIES.join.response.parse(await staff.json()).token;
    const invites = await fetchWith(ROTATED, `http://duet.test${pathTo(ROUTES.invites, { roomId: room.roomId })}`, { headers: { Authorization: `Bearer ${interviewer}` } });
    expect(invites.status, await invites.clone().text()).toBe(200);

    const refused = await joinWith(ROTATED, room.roomId, candidateLink, "Cam");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("link_invalid");
  });

  it("a token from before key ids verifies against the current or the previous secret, and not once that secret is gone", async () => {
    const claims = { kind: "invite", v: 1, rid: "r", role: "candidate", jti: "i", exp: Date.now() + 60_000 };
    const old = await keylessToken(claims, OLD);
    expect(await verifyToken(old, { current: NEW, previous: OLD })).toMatchObject({ ok: true, token: claims });
    expect(await verifyToken(await keylessToken(claims, NEW), { current: NEW, previous: OLD })).toMatchObject({ ok: true });
    expect(await verifyToken(old, NEW)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("a key id names the key: a token claiming the new key's id but signed with the old secret is refused", async () => {
    const forged = await keylessToken({ kind: "invite", v: 1, rid: "r", role: "candidate", jti: "i", exp: Date.now() + 60_000, kid: await keyId(NEW) }, OLD);
    expect(await verifyToken(forged, { current: NEW, previous: OLD })).toEqual({ ok: false, reason: "bad_signature" });
  });
});
