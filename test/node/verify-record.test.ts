/**
 * `npm run verify-record`, the real command, on exports of a real room from the node tests'
 * `wrangler dev`: an untouched JSON or HTML export verifies against the deployment's key set; one
 * changed chat line fails and is named; another key, or a bad argument, is refused in words.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const base = inject("baseUrl");
const dir = mkdtempSync(join(tmpdir(), "duet-verify-record-"));

/** Runs `npm run verify-record -- …args`: its exit code and output. */
function verifyRecord(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "-s", "verify-record", "--", ...args], { cwd: ROOT }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

async function get(path: string, token?: string): Promise<Response> {
  const res = await fetch(`${base}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A room where two people said something, exported by its interviewer as JSON and HTML, and the key set. */
async function exported() {
  const room = await createRoom(base, { title: "Verify me" });
  const ivy = await joinAs(base, room, "interviewer", "Ivy");
  const cam = await joinAs(base, room, "candidate", "Cam");
  for (const [who, text] of [[cam, "Is O(n log n) fine?"], [ivy, "Yes, go ahead"], [cam, "Done </script>"]] as const) {
    const res = await fetch(`${base}${pathTo(ROUTES.chat, { roomId: room.roomId })}`, {
      method: "POST", headers: { Authorization: `Bearer ${who.token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text }),
    });
    expect(res.ok).toBe(true);
  }
  const path = pathTo(ROUTES.recordExport, { roomId: room.roomId });
  const json = join(dir, `${room.roomId}.json`);
  const html = join(dir, `${room.roomId}.html`);
  const keys = join(dir, "keys.json");
  writeFileSync(json, await (await get(path, ivy.token)).text());
  writeFileSync(html, await (await get(`${path}?format=html`, ivy.token)).text());
  writeFileSync(keys, await (await get(pathTo(ROUTES.recordKey))).text());
  return { json, html, keys };
}

describe("npm run verify-record", async () => {
  const files = await exported();
  const keySet = JSON.parse(readFileSync(files.keys, "utf8")) as { keys: { kid: string }[] };
  const kid = keySet.keys[0].kid;

  it("verifies an untouched JSON or HTML export against the deployment's key set", async () => {
    for (const file of [files.json, files.html]) {
      const out = await verifyRecord(file, "--key", files.keys);
      expect(out, file).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^verified: \\d+ events, head [0-9a-f]{64}, signed by kid ${kid}\\n$`)) });
      expect(out.stderr, file).toContain("development key"); // wrangler dev signs with the marked dev key
    }
  });

  it("an HTML export whose page around the record was changed: the record verifies, with a warning about the page", async () => {
    const page = join(dir, "changed-page.html");
    writeFileSync(page, readFileSync(files.html, "utf8").replace('"Play"', '"Start"'));
    const out = await verifyRecord(page, "--key", files.keys);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("warning: the page around the record is not the one this version of Duet writes");
    expect((await verifyRecord(files.html, "--key", files.keys)).stderr).not.toContain("the page around the record");
  });

  it("without --key, checks against the export's own key and says that proves only that it is intact", async () => {
    const out = await verifyRecord(files.json);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/warning: checked against the key inside the export .*pass --key/);
  });

  it("names the chat line someone changed", async () => {
    const record = JSON.parse(readFileSync(files.json, "utf8")) as { events: { seq: number; kind: string; text?: string }[] };
    const line = record.events.find((e) => e.kind === "chat" && e.text === "Yes, go ahead")!;
    line.text = "No, that is too slow";
    const tampered = join(dir, "tampered.json");
    writeFileSync(tampered, JSON.stringify(record));
    const out = await verifyRecord(tampered, "--key", files.keys);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`NOT verified: event seq ${line.seq} (chat,`);
    expect(out.stdout).toBe("");
  });

  it("refuses an export checked against another key, or a fingerprint it does not have", async () => {
    const other = join(dir, "other.key");
    writeFileSync(other, Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url"));
    const out = await verifyRecord(files.json, "--key", other);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/NOT verified: no event is signed by key [0-9a-f]{16}/);
    expect(await verifyRecord(files.json, "--key", kid)).toMatchObject({ code: 0 });
    expect(await verifyRecord(files.json, "--key", "0123456789abcdef")).toMatchObject({ code: 1, stderr: expect.stringContaining(`signed by key ${kid}, not 0123456789abcdef`) });
  });

  it("says how to use it when the arguments are wrong", async () => {
    expect(await verifyRecord()).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: npm run verify-record") });
    expect(await verifyRecord(join(dir, "missing.json"))).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    expect(await verifyRecord(files.json, "--key", "not-a-key")).toMatchObject({ code: 2, stderr: expect.stringContaining("not a fingerprint") });
  });
});
