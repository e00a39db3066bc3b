/**
 * The hash chain and signatures of an exported record (./record-export.ts), in bytes. The Worker
 * seals exports with it and `npm run verify-record` checks them with it: one definition, so the two
 * cannot drift. Anyone can re-implement it from this grammar (canonical = ./canonical-json.ts,
 * SHA-256 and Ed25519 as in RFC 6234 and RFC 8032, "…" is UTF-8 text, || concatenation):
 *
 *   h_0       = SHA-256( canonical({ format: "duet-record", version: 1, roomId }) )
 *   h_i       = SHA-256( h_{i-1} (32 raw bytes) || canonical(event_i) )            i = 1 … n, in seq order
 *   link_i    = { h: hex(h_i), sig: b64url(Ed25519( "duet-record/1 event " || hex(h_i) )) }
 *   head      = hex(h_n)                                                             (hex(h_0) when n = 0)
 *   parts     = { key: hex(SHA-256(canonical(export[key]))) }   for every top-level key but "events" and "chain"
 *   statement = canonical({ format: "duet-record", version: 1, kid, roomId, events: n, head, parts })
 *   signature = { kid, alg: "Ed25519", publicKey: b64url(raw 32 bytes), sig: b64url(Ed25519(statement)) }
 *   kid       = first 16 hex digits of SHA-256(raw public key)
 *
 * Each link's signature vouches for its event and every one before it (h_i covers them), so an
 * export changed from event k on and signed again by another key still shows events before k as the
 * deployment's and names k. The statement vouches for the rest: room, participants, scorecards, the
 * export's time and view, and the event count (nothing dropped from the end).
 */
import { toBase64Url, toHex, utf8 } from "./bytes";
import { canonicalJson } from "./canonical-json";
import { RECORD_EXPORT_FORMAT, RECORD_EXPORT_VERSION, type RecordExport, type RecordExportBody } from "./record-export";

/** The primitives the chain needs; WebCrypto's by default, Node's own where it is much faster (the CLI). */
export interface ChainCrypto {
  sha256(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** A verifier for one raw Ed25519 public key. */
  verifier(publicKey: Uint8Array): Promise<(signature: Uint8Array, message: Uint8Array) => boolean | Promise<boolean>>;
}

/** Who seals an export: the deployment's current key (worker/record/signing-key.ts), or a test's. */
export interface RecordSigner {
  kid: string;
  publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export const webChainCrypto: ChainCrypto = {
  sha256: async (data) => new Uint8Array(await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>)),
  verifier: async (publicKey) => {
    const key = await crypto.subtle.importKey("raw", publicKey as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, false, ["verify"]);
    return (signature, message) => crypto.subtle.verify("Ed25519", key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
  },
};

export async function keyId(publicKey: Uint8Array, c: ChainCrypto = webChainCrypto): Promise<string> {
  return toHex(await c.sha256(publicKey)).slice(0, 16);
}

export async function genesis(roomId: string, c: ChainCrypto = webChainCrypto): Promise<Uint8Array> {
  return c.sha256(utf8(canonicalJson({ format: RECORD_EXPORT_FORMAT, version: RECORD_EXPORT_VERSION, roomId })));
}

export async function nextLink(prev: Uint8Array, event: unknown, c: ChainCrypto = webChainCrypto): Promise<Uint8Array> {
  const body = utf8(canonicalJson(event));
  const input = new Uint8Array(prev.length + body.length);
  input.set(prev, 0);
  input.set(body, prev.length);
  return c.sha256(input);
}

/** What each link's signature signs. */
export const linkMessage = (hHex: string): Uint8Array => utf8(`duet-record/1 event ${hHex}`);

/** The statement the export's signature signs, from the export's own parts (any top-level key but events and chain). */
export async function statementOf(doc: Record<string, unknown>, n: number, head: string, kid: string, c: ChainCrypto = webChainCrypto): Promise<string> {
  const parts: Record<string, string> = {};
  for (const key of Object.keys(doc)) {
    if (key === "events" || key === "chain") continue;
    parts[key] = toHex(await c.sha256(utf8(canonicalJson(doc[key]))));
  }
  const roomId = (doc.room as { id?: unknown } | undefined)?.id;
  return canonicalJson({ format: RECORD_EXPORT_FORMAT, version: RECORD_EXPORT_VERSION, kid, roomId, events: n, head, parts });
}

/** Chains and signs an export's events and parts with `signer`. */
export async function sealRecord(body: RecordExportBody, signer: RecordSigner, c: ChainCrypto = webChainCrypto): Promise<RecordExport> {
  let h = await genesis(body.room.id, c);
  const hashes: string[] = [];
  for (const event of body.events) {
    h = await nextLink(h, event, c);
    hashes.push(toHex(h));
  }
  const sigs = await Promise.all(hashes.map((hex) => signer.sign(linkMessage(hex))));
  const head = toHex(h);
  const statement = await statementOf(body, body.events.length, head, signer.kid, c);
  const sig = await signer.sign(utf8(statement));
  return {
    ...body,
    chain: {
      alg: "SHA-256",
      links: hashes.map((hex, i) => ({ h: hex, sig: toBase64Url(sigs[i]) })),
      head,
      signature: { kid: signer.kid, alg: "Ed25519", publicKey: toBase64Url(signer.publicKey), sig: toBase64Url(sig) },
    },
  };
}

/** A signer from a WebCrypto Ed25519 key pair (tests, and the Worker's key once imported). */
export async function webSigner(privateKey: CryptoKey, publicKey: Uint8Array, c: ChainCrypto = webChainCrypto): Promise<RecordSigner> {
  return {
    kid: await keyId(publicKey, c),
    publicKey,
    sign: async (message) => new Uint8Array(await crypto.subtle.sign("Ed25519", privateKey, message as Uint8Array<ArrayBuffer>)),
  };
}

