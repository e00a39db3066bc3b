/**
 * The export's chain and signatures by their rules (record-chain.ts), without a room: a sealed
 * record verifies; each way of changing it (an event, its order, one dropped, a name, the end) is
 * caught and named; signing again with another key fails against the deployment's key.
 */
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import type { RecordEvent } from "./record";
import { genesis, nextLink, type RecordSigner, sealRecord, webSigner } from "./record-chain";
import type { RecordExport, RecordExportBody } from "./record-export";
import { readExportFile, type VerifyKey, verifyRecord } from "./record-verify";
import { toHex } from "./bytes";

async function newSigner(): Promise<RecordSigner> {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  return webSigner(pair.privateKey, new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey) as ArrayBuffer));
}
const keysOf = (...signers: RecordSigner[]): VerifyKey => ({ kind: "keys", keys: signers.map((s, i) => ({ kid: s.kid, publicKey: s.publicKey, current: i === 0 })) });

const T = 1_760_000_000_000;
function body(): RecordExportBody {
  const events: RecordEvent[] = [
    { seq: 1, t: T, userId: "u-ivy", kind: "join", role: "interviewer" },
    { seq: 2, t: T + 10, userId: "u-cam", kind: "join", role: "candidate" },
    { seq: 4, t: T + 500, userId: "u-cam", kind: "edit", language: "python", added: 5, removed: 0, delta: [{ insert: "print" }] },
    { seq: 4, t: T + 500, userId: "u-cam", kind: "edit", language: "java", added: 2, removed: 0, delta: [{ insert: "//" }] },
    { seq: 5, t: T + 900, userId: "u-cam", kind: "chat", text: "done?" },
    { seq: 9, t: T + 1500, userId: "u-ivy", kind: "chat", text: "yes" },
  ];
  return {
    format: "duet-record", version: 1, exportedAt: T + 60_000, view: "interviewer",
    room: { id: "room-1", title: "Two Sum", orgId: null, createdAt: T - 1000, expiresAt: T + 3_600_000, endedAt: T + 2000, deleteAt: null },
    participants: [{ userId: "u-ivy", name: "Ivy", role: "interviewer", color: "#335" }, { userId: "u-cam", name: "Cam", role: "candidate", color: "#533" }],
    startedAt: T, endedAt: T + 2000, events, reviewRuns: [], scorecards: [],
  };
}

/** The tamperer's tool: the chain computed again over the changed events, links from `from` on signed by `signer`. */
async function rechain(doc: RecordExport, signer: RecordSigner, from = 0): Promise<RecordExport> {
  const { chain, ...rest } = doc;
  const resealed = await sealRecord(rest, signer);
  return { ...resealed, chain: { ...resealed.chain, links: resealed.chain.links.map((l, i) => (i < from ? chain.links[i] : l)) } };
}
const copy = (doc: RecordExport): RecordExport => JSON.parse(JSON.stringify(doc));

describe("canonical JSON", () => {
  it("sorts keys at every depth, integer-like ones too, and leaves out undefined", () => {
    expect(canonicalJson({ b: 1, a: { "10": true, "2": [null, undefined, "x"], z: undefined } })).toBe('{"a":{"10":true,"2":[null,null,"x"]},"b":1}');
  });
  it("is JSON.stringify's text for strings and numbers (escapes, exponents, non-finite as null)", () => {
    expect(canonicalJson(["</script>\u2028\n", 1e21, 0.1, -0, Number.NaN])).toBe('["</script>\u2028\\n",1e+21,0.1,0,null]');
  });
  it("is the same for an object however its keys were inserted", () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson(JSON.parse('{"y":{"p":3,"q":2},"x":1}')));
  });
});

describe("the chain", () => {
  it("starts from the room and links each event to the one before", async () => {
    const doc = await sealRecord(body(), await newSigner());
    let h = await genesis("room-1");
    for (const [i, e] of doc.events.entries()) {
      h = await nextLink(h, e);
      expect(doc.chain.links[i].h).toBe(toHex(h));
    }
    expect(doc.chain.head).toBe(toHex(h));
    expect(toHex(await genesis("room-2"))).not.toBe(toHex(await genesis("room-1")));
  });
});

describe("verifying an export", () => {
  it("an untouched export verifies against the deployment's key set, and after a trip through a file", async () => {
    const deployment = await newSigner();
    const doc = await sealRecord(body(), deployment);
    const result = await verifyRecord(readExportFile(JSON.stringify(doc, null, 2)), keysOf(deployment));
    expect(result).toEqual({ ok: true, events: 6, head: doc.chain.head, kid: deployment.kid, warnings: [] });
  });

  it("an altered event names itself when the chain was left as it was", async () => {
    const deployment = await newSigner();
    const doc = copy(await sealRecord(body(), deployment));
    (doc.events[4] as { text: string }).text = "I copied this";
    const result = await verifyRecord(doc, keysOf(deployment));
    expect(result).toMatchObject({ ok: false, event: { index: 4, seq: 5, kind: "chat" } });
    if (!result.ok) expect(result.reason).toMatch(/^event seq 5 \(chat, #5\) does not match the chain/);
  });

  it("an event altered, the chain redone and signed again by another key from there: the deployment's key names the event", async () => {
    const [deployment, forger] = [await newSigner(), await newSigner()];
    const doc = copy(await sealRecord(body(), deployment));
    (doc.events[2] as { delta: unknown }).delta = [{ insert: "print('someone else')" }];
    const forged = await rechain(doc, forger, 2);
    const result = await verifyRecord(forged, keysOf(deployment));
    expect(result).toMatchObject({ ok: false, event: { index: 2, seq: 4, kind: "edit" } });
    if (!result.ok) expect(result.reason).toMatch(new RegExp(`^event seq 4 \\(edit, #3\\) is not signed by key ${deployment.kid}`));
    // The links before it are the deployment's, not the key it now names: no key makes it whole.
    expect(await verifyRecord(forged, { kind: "embedded" })).toMatchObject({ ok: false, event: { index: 0 } });
  });

  it("signed again entirely by another key: nothing in it is the deployment's", async () => {
    const [deployment, forger] = [await newSigner(), await newSigner()];
    const doc = copy(await sealRecord(body(), deployment));
    (doc.events[5] as { text: string }).text = "no";
    const forged = await rechain(doc, forger);
    const result = await verifyRecord(forged, keysOf(deployment));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(new RegExp(`^no event is signed by key ${deployment.kid}`)) });
    expect(result.warnings.join()).toContain(`signed by key ${forger.kid}, which is not one of the given keys`);
    // Its own key says it is intact: only the deployment's key, or its fingerprint, tells.
    expect(await verifyRecord(forged, { kind: "embedded" })).toMatchObject({ ok: true, kid: forger.kid });
    expect(await verifyRecord(forged, { kind: "fingerprint", kid: deployment.kid })).toMatchObject({ ok: false, reason: `the export is signed by key ${forger.kid}, not ${deployment.kid}` });
  });

  it("a renamed participant, a changed title or scorecard fails the signature", async () => {
    const deployment = await newSigner();
    const doc = await sealRecord(body(), deployment);
    for (const change of [
      (d: RecordExport) => (d.participants[1].name = "Someone Else"),
      (d: RecordExport) => (d.room.title = "Another interview"),
      (d: RecordExport) => d.scorecards.push({ id: "c1", userId: "u-ivy", name: "Ivy", ratings: [], recommendation: "strong_yes", notes: "", citations: [], submittedAt: T, updatedAt: T, blank: false }),
      (d: RecordExport) => (d.view = "spectator"),
      (d: RecordExport) => Object.assign(d, { extra: "a field the deployment never wrote" }),
    ]) {
      const changed = copy(doc);
      change(changed);
      expect(await verifyRecord(changed, keysOf(deployment))).toMatchObject({ ok: false, reason: expect.stringMatching(/^signature does not verify against key/) });
    }
  });

  it("events dropped, added or reordered are caught where it happened (two edits of one update share a seq)", async () => {
    const deployment = await newSigner();
    const doc = await sealRecord(body(), deployment);
    const dropMiddle = copy(doc);
    dropMiddle.events.splice(1, 1);
    expect(await verifyRecord(dropMiddle, keysOf(deployment))).toMatchObject({ ok: false, event: { seq: 4 } });
    const reorder = copy(doc);
    [reorder.events[4], reorder.events[5]] = [{ ...reorder.events[5], seq: 5 }, { ...reorder.events[4], seq: 9 }];
    expect(await verifyRecord(reorder, keysOf(deployment))).toMatchObject({ ok: false, event: { index: 4 } });
    const added = copy(doc);
    added.events.push({ seq: 10, t: T + 3000, userId: "u-cam", kind: "chat", text: "thanks" });
    expect(await verifyRecord(added, keysOf(deployment))).toMatchObject({ ok: false, event: { seq: 10 }, reason: expect.stringContaining("was added") });
    const dropLast = copy(doc);
    dropLast.events.pop();
    expect(await verifyRecord(dropLast, keysOf(deployment))).toMatchObject({ ok: false, reason: expect.stringContaining("removed") });
    // …and with its link and the head trimmed to match: the statement counted six
    dropLast.chain.links.pop();
    dropLast.chain.head = dropLast.chain.links[4].h;
    expect(await verifyRecord(dropLast, keysOf(deployment))).toMatchObject({ ok: false, reason: expect.stringMatching(/^signature does not verify/) });
  });

  it("an export signed with a key the set keeps for rotation verifies; the embedded key must match its kid", async () => {
    const [old, current] = [await newSigner(), await newSigner()];
    const doc = await sealRecord(body(), old);
    expect(await verifyRecord(doc, keysOf(current, old))).toMatchObject({ ok: true, kid: old.kid });
    const swapped = copy(doc);
    swapped.chain.signature.publicKey = copy(await sealRecord(body(), current)).chain.signature.publicKey;
    expect(await verifyRecord(swapped, { kind: "embedded" })).toMatchObject({ ok: false, reason: expect.stringContaining("not its kid") });
  });

  it("a file that is not an export says so", async () => {
    expect(await verifyRecord({ hello: 1 }, { kind: "embedded" })).toMatchObject({ ok: false, reason: expect.stringMatching(/^not a duet-record v1 export/) });
    expect(() => readExportFile("<html>nothing</html>")).toThrow(/neither a JSON export nor an HTML export/);
  });
});
