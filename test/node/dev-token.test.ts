import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const env = { ...process.env, DUET_URL: inject("baseUrl"), DUET_PERSIST_TO: inject("persistTo"), TOKEN_SECRET: inject("tokenSecret") };

/** `npm run dev:token -- …args` against the node tests' wrangler dev; its printed fields. */
async function devToken(...args: string[]): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)("node", ["scripts/dev-token.mjs", ...args], { cwd: ROOT, env });
  return Object.fromEntries(stdout.trim().split("\n").map((l) => /^(\w+):\s+(.*)$/.exec(l)!.slice(1, 3) as [string, string]));
}

async function whoAmI(room: string, token: string) {
  const res = await fetch(`${inject("baseUrl")}${pathTo(ROUTES.room, { roomId: room })}`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { identity: { name: string; role: string } }).identity;
}

describe("npm run dev:token", () => {
  it("creates a room and prints a real session token for the role", async () => {
    const out = await devToken("interviewer", "Ivy");
    expect(out.link).toContain(`/r/${out.room}#token=`);
    expect(await whoAmI(out.room, out.token)).toMatchObject({ name: "Ivy", role: "interviewer" });
  });

  it("joins an existing room with that room's own invite for the role", async () => {
    const first = await devToken("interviewer");
    const out = await devToken(first.room, "spectator", "Sam");
    expect(out.room).toBe(first.room);
    expect(out.link).toBeUndefined();
    expect(await whoAmI(out.room, out.token)).toMatchObject({ name: "Sam", role: "spectator" });
  });

  it("refuses a bad role with its usage line", async () => {
    await expect(devToken("admin")).rejects.toThrow(/usage: npm run dev:token/);
  });
});
