/**
 * Checks an exported record (./record-export.ts) by the rules of ./record-chain.ts: every link, the
 * head, each link's signature and the statement's. Reads the file as JSON, not through the strict
 * export schema: a changed file must be named for what changed, not refused as malformed.
 * Used by `npm run verify-record` (scripts/verify-record.ts) and the Worker's tests.
 */
import { z } from "zod";
import { fromBase64Url, toHex } from "./bytes";
import { type ChainCrypto, genesis, keyId, linkMessage, nextLink, statementOf, webChainCrypto } from "./record-chain";
import { DEV_RECORD_KID, RECORD_DATA_OPEN, RECORD_EXPORT_FORMAT, RECORD_EXPORT_VERSION } from "./record-export";

const EnvelopeSchema = z.looseObject({
  format: z.literal(RECORD_EXPORT_FORMAT),
  version: z.literal(RECORD_EXPORT_VERSION),
  room: z.looseObject({ id: z.string() }),
  events: z.array(z.record(z.string(), z.unknown())),
  chain: z.looseObject({
    links: z.array(z.looseObject({ h: z.string(), sig: z.string() })),
    head: z.string(),
    signature: z.looseObject({ kid: z.string(), alg: z.literal("Ed25519"), publicKey: z.string(), sig: z.string() }),
  }),
});

/** What to check the signatures against. */
export type VerifyKey =
  /** The public key the export carries: proves the file is intact, not whose it is. */
  | { kind: "embedded" }
  /** The export's key must have this fingerprint. */
  | { kind: "fingerprint"; kid: string }
  /** The deployment's keys (GET /api/record-key, or one public key): the export must be signed by one of them. */
  | { kind: "keys"; keys: { kid: string; publicKey: Uint8Array; current?: boolean }[] };

export interface FailedEvent {
  /** Position in the export's events, from 0. */
  index: number;
  seq: unknown;
  kind: unknown;
}

export type VerifyResult =
  | { ok: true; events: number; head: string; kid: string; warnings: string[] }
  | { ok: false; reason: string; event?: FailedEvent; warnings: string[] };

const describe = (e: FailedEvent) => `event seq ${String(e.seq)} (${String(e.kind)}, #${e.index + 1})`;

export async function verifyRecord(input: unknown, key: VerifyKey, c: ChainCrypto = webChainCrypto): Promise<VerifyResult> {
  const warnings: string[] = [];
  const fail = (reason: string, event?: FailedEvent): VerifyResult => ({ ok: false, reason, event, warnings });
  const parsed = EnvelopeSchema.safeParse(input);
  if (!parsed.success) return fail(`not a ${RECORD_EXPORT_FORMAT} v${RECORD_EXPORT_VERSION} export: ${parsed.error.issues[0].path.join(".") || "(top)"} ${parsed.error.issues[0].message}`);
  const doc = parsed.data;
  const { events } = doc;
  const { links, signature } = doc.chain;
  const at = (index: number): FailedEvent => ({ index, seq: events[index]?.seq, kind: events[index]?.kind });

  // 1. The chain: the first event whose hash is not its link's names where the file was changed.
  let h = await genesis(doc.room.id, c);
  for (let i = 0; i < events.length; i++) {
    // One update that changed two buffers is two edits with one seq: seqs never decrease.
    if (i > 0 && !((events[i].seq as number) >= (events[i - 1].seq as number))) return fail(`${describe(at(i))} is out of order: seqs never decrease`, at(i));
    h = await nextLink(h, events[i], c);
    if (i >= links.length) return fail(`${describe(at(i))} has no link in the chain: it was added`, at(i));
    if (links[i].h !== toHex(h)) return fail(`${describe(at(i))} does not match the chain: it was altered, or an event just before it was removed or inserted`, at(i));
  }
  if (links.length > events.length) return fail(`the chain has ${links.length} links for ${events.length} events: events after the last one were removed`);
  const head = toHex(h);
  if (doc.chain.head !== head) return fail(`the head ${doc.chain.head} is not the chain's (${head})`);

  // 2. The key the signatures must verify against.
  const embedded = decodeKey(signature.publicKey);
  if (!embedded) return fail("the export's public key is not a base64url Ed25519 key");
  const embeddedKid = await keyId(embedded, c);
  let chosen: { kid: string; publicKey: Uint8Array };
  if (key.kind === "keys") {
    const match = key.keys.find((k) => k.kid === signature.kid) ?? key.keys.find((k) => k.current) ?? key.keys[0];
    if (!match) return fail("no key to verify against");
    if (match.kid !== signature.kid) warnings.push(`the export says it was signed by key ${signature.kid}, which is not one of the given keys (${key.keys.map((k) => k.kid).join(", ")})`);
    chosen = match;
  } else {
    if (embeddedKid !== signature.kid) return fail(`the export's public key has fingerprint ${embeddedKid}, not its kid ${signature.kid}`);
    if (key.kind === "fingerprint" && key.kid !== embeddedKid) return fail(`the export is signed by key ${embeddedKid}, not ${key.kid}`);
    if (key.kind === "embedded") warnings.push(`checked against the key inside the export (${embeddedKid}), not the deployment's: pass --key with its key set (GET /api/record-key) to check whose key it is`);
    chosen = { kid: embeddedKid, publicKey: embedded };
  }
  if (chosen.kid === DEV_RECORD_KID) warnings.push("signed with Duet's development key, whose private half is public: this proves nothing about where the export came from");

  // 3. Each link's signature: the first that fails is the first event not as the key's owner exported it.
  const verify = await c.verifier(chosen.publicKey);
  for (let i = 0; i < links.length; i++) {
    const sig = decodeSig(links[i].sig);
    if (sig && (await verify(sig, linkMessage(links[i].h)))) continue;
    if (i === 0) return fail(`no event is signed by key ${chosen.kid}: ${describe(at(0))} is the first that is not (the export claims key ${signature.kid})`, at(0));
    return fail(`${describe(at(i))} is not signed by key ${chosen.kid}: it was altered or added after export (events before it are as signed)`, at(i));
  }

  // 4. The statement: room, participants, scorecards, times, view, and how many events there were.
  const statement = await statementOf(doc, events.length, head, signature.kid, c);
  const sig = decodeSig(signature.sig);
  if (!sig || !(await verify(sig, new TextEncoder().encode(statement)))) {
    return fail(`signature does not verify against key ${chosen.kid}: ${events.length ? "the events are as signed, but " : ""}the room, participants, scorecards or other parts of the export were changed, or events were removed from its end`);
  }
  return { ok: true, events: events.length, head, kid: chosen.kid, warnings };
}

function decodeKey(text: string): Uint8Array | null {
  try {
    const bytes = fromBase64Url(text);
    return bytes.length === 32 ? bytes : null;
  } catch {
    return null;
  }
}

function decodeSig(text: string): Uint8Array | null {
  try {
    const bytes = fromBase64Url(text);
    return bytes.length === 64 ? bytes : null;
  } catch {
    return null;
  }
}

/** An export file's record: the JSON export itself, or the one an HTML export embeds. Throws a sentence when it is neither. */
export function readExportFile(text: string): unknown {
  const start = text.indexOf(RECORD_DATA_OPEN);
  if (start < 0) {
    try {
      return JSON.parse(text);
    } catch {
      throw new Error("neither a JSON export nor an HTML export (no record data block)");
    }
  }
  // The embedded JSON holds no `<` (each is escaped), so the first end tag after it is its own.
  const end = text.indexOf("</script>", start + RECORD_DATA_OPEN.length);
  try {
    return JSON.parse(text.slice(start + RECORD_DATA_OPEN.length, end < 0 ? undefined : end));
  } catch {
    throw new Error("the HTML export's record data block is not JSON");
  }
}
