// `npm run verify-record -- <export.json|export.html> [--key <key set file | public key file | fingerprint | base64url key>]`
// Checks an exported interview record offline (contracts/record-verify.ts): every link of its hash
// chain, each link's signature and the signature over the rest. Exit 0 with "verified: …"; exit 1
// naming the first altered event, or why the signature does not verify; exit 2 for bad arguments.
// --key: the deployment's key set as GET /api/record-key answers it (saved to a file), one public key
// (a file holding a base64url raw key, a JWK or a PEM, or the base64url key itself), or a fingerprint
// (then only compared with the key the export carries). Without --key it checks against the export's
// own key and says that this proves the file intact, not whose it is.
import { createHash, createPublicKey, verify } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fromBase64Url, toBase64Url } from "../contracts/bytes";
import type { ChainCrypto } from "../contracts/record-chain";
import { keyId } from "../contracts/record-chain";
import { RECORD_DATA_OPEN, type RecordExport } from "../contracts/record-export";
import { readExportFile, type VerifyKey, verifyRecord } from "../contracts/record-verify";
import { recordHtml } from "../worker/record/export-html";

const USAGE = "usage: npm run verify-record -- <export.json|export.html> [--key <key set file | public key file | fingerprint | base64url key>]";

/** Node's own hashing and Ed25519: synchronous, many times faster than its WebCrypto on 20,000 links. */
const nodeCrypto: ChainCrypto = {
  sha256: (data) => createHash("sha256").update(data).digest(),
  verifier: async (raw) => {
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: toBase64Url(raw) }, format: "jwk" });
    return (signature, message) => verify(null, message, key, signature);
  },
};

class UsageError extends Error {}

function parseArgs(args: string[]): { file: string; key?: string } {
  const rest = args.filter((a) => a !== "--");
  const k = rest.indexOf("--key");
  const key = k >= 0 ? rest[k + 1] : undefined;
  if (k >= 0 && !key) throw new UsageError(`--key needs a value\n${USAGE}`);
  const files = rest.filter((_, i) => k < 0 || (i !== k && i !== k + 1));
  if (files.length !== 1 || files[0].startsWith("-")) throw new UsageError(USAGE);
  return { file: files[0], key };
}

/** A raw Ed25519 public key from base64url, a JWK or a PEM (SPKI: its last 32 bytes are the key). */
function rawKey(text: string): Uint8Array | null {
  const t = text.trim();
  try {
    if (t.startsWith("{")) {
      const jwk = JSON.parse(t) as { crv?: string; x?: string };
      return jwk.crv === "Ed25519" && jwk.x ? rawKey(jwk.x) : null;
    }
    if (t.startsWith("-----BEGIN PUBLIC KEY-----")) {
      const der = createPublicKey(t).export({ format: "jwk" }) as { crv?: string; x?: string };
      return der.crv === "Ed25519" && der.x ? rawKey(der.x) : null;
    }
    const bytes = fromBase64Url(t);
    return bytes.length === 32 ? bytes : null;
  } catch {
    return null;
  }
}

async function keyFromArg(arg: string | undefined): Promise<VerifyKey> {
  if (arg === undefined) return { kind: "embedded" };
  if (existsSync(arg)) {
    const text = readFileSync(arg, "utf8");
    const set = (() => {
      try {
        return JSON.parse(text) as { keys?: { kid?: unknown; publicKey?: unknown; current?: unknown }[] };
      } catch {
        return null;
      }
    })();
    if (Array.isArray(set?.keys)) {
      const keys = [];
      for (const [i, k] of set.keys.entries()) {
        const raw = typeof k.publicKey === "string" ? rawKey(k.publicKey) : null;
        if (!raw) throw new UsageError(`${arg}: key ${i + 1} of the key set is not an Ed25519 public key`);
        const kid = await keyId(raw, nodeCrypto);
        if (k.kid !== undefined && k.kid !== kid) throw new UsageError(`${arg}: key ${i + 1} says kid ${String(k.kid)} but its fingerprint is ${kid}`);
        keys.push({ kid, publicKey: raw, current: k.current === true });
      }
      if (keys.length === 0) throw new UsageError(`${arg}: the key set has no keys`);
      return { kind: "keys", keys };
    }
    const raw = rawKey(text);
    if (!raw) throw new UsageError(`${arg}: neither a key set ({"keys":[…]}) nor an Ed25519 public key`);
    return { kind: "keys", keys: [{ kid: await keyId(raw, nodeCrypto), publicKey: raw, current: true }] };
  }
  if (/^[0-9a-f]{16}$/.test(arg)) return { kind: "fingerprint", kid: arg };
  const raw = rawKey(arg);
  if (raw) return { kind: "keys", keys: [{ kid: await keyId(raw, nodeCrypto), publicKey: raw, current: true }] };
  throw new UsageError(`--key ${arg}: no such file, and not a fingerprint (16 hex digits) or a base64url Ed25519 public key`);
}

async function main(args: string[]): Promise<number> {
  const { file, key: keyArg } = parseArgs(args);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const key = await keyFromArg(keyArg);
  const text = readFileSync(file, "utf8");
  let record: unknown;
  try {
    record = readExportFile(text);
  } catch (err) {
    console.error(`NOT verified: ${file}: ${(err as Error).message}`);
    return 1;
  }
  const result = await verifyRecord(record, key, nodeCrypto);
  if (result.ok && text.includes(RECORD_DATA_OPEN) && text !== (await recordHtml(record as RecordExport))) {
    // The signature covers the data, not the replayer around it, which a page could change to show something else.
    result.warnings.push("the page around the record is not the one this version of Duet writes: the record verifies, but what the page shows may not be it (open the record with a page you trust)");
  }
  for (const w of result.warnings) console.error(`warning: ${w}`);
  if (!result.ok) {
    console.error(`NOT verified: ${result.reason}`);
    return 1;
  }
  console.log(`verified: ${result.events} events, head ${result.head}, signed by kid ${result.kid}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof UsageError ? err.message : `verify-record: ${(err as Error).stack ?? err}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
