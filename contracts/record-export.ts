/**
 * An interview record exported (issue 14): `GET /api/rooms/:roomId/record/export?format=json|html`.
 * The JSON is the record's events with a hash chain over them, each link and the whole signed with
 * the deployment's Ed25519 key, so a third party can check offline (`npm run verify-record`) that
 * nothing was changed, added, dropped or reordered. The HTML export embeds this same JSON.
 * The chain's rules, in bytes: ./record-chain.ts. The key set that verifies: `GET /api/record-key`.
 */
import { z } from "zod";
import { RecordEventSchema, RecordParticipantSchema, RecordRoomSchema } from "./record";
import { ScorecardSchema } from "./scorecards";

export const RECORD_EXPORT_FORMAT = "duet-record";
export const RECORD_EXPORT_VERSION = 1;

/** How an HTML export embeds the signed JSON: this tag, the JSON with every `<` as `\u003c`, then `</script>`. */
export const RECORD_DATA_OPEN = '<script type="application/json" id="record">';

export const RecordExportQuerySchema = z.strictObject({
  format: z.enum(["json", "html"]).default("json"),
  /** A room session may come in the query, for a download link (worker/middleware/record-reader.ts). */
  token: z.string().optional(),
});
export type RecordExportFormat = z.infer<typeof RecordExportQuerySchema>["format"];

/** 32 bytes as 64 lowercase hex digits (hashes). */
export const HashHexSchema = z.string().regex(/^[0-9a-f]{64}$/);
/** An Ed25519 signature: 64 bytes, base64url without padding. */
export const SignatureB64Schema = z.string().regex(/^[A-Za-z0-9_-]{86}$/);
/** An Ed25519 public key: its raw 32 bytes, base64url without padding (a JWK's `x`). */
export const PublicKeyB64Schema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** A key's id and fingerprint: the first 16 hex digits of SHA-256 of its raw 32 bytes. */
export const KeyIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** Whose view was exported: an interviewer's has notes and scorecards; a spectator's neither, nor hidden test output. */
export const RecordViewSchema = z.enum(["interviewer", "spectator"]);

export const ChainLinkSchema = z.strictObject({
  /** h_i, the chain's hash after event i (record-chain.ts). */
  h: HashHexSchema,
  /** The signature of h_i: this event and everything before it are as the deployment exported them. */
  sig: SignatureB64Schema,
});

export const RecordSignatureSchema = z.strictObject({
  kid: KeyIdSchema,
  alg: z.literal("Ed25519"),
  /** The signing key, for checking without the key set; its fingerprint must be `kid`. */
  publicKey: PublicKeyB64Schema,
  /** Over the statement (record-chain.ts): the head, the event count and the hashes of every other part. */
  sig: SignatureB64Schema,
});

export const RecordChainSchema = z.strictObject({
  alg: z.literal("SHA-256"),
  /** One link per event, in order. */
  links: z.array(ChainLinkSchema),
  /** The last link's h (h_0 for a record without events). */
  head: HashHexSchema,
  signature: RecordSignatureSchema,
});

export const RecordExportSchema = z.strictObject({
  format: z.literal(RECORD_EXPORT_FORMAT),
  version: z.literal(RECORD_EXPORT_VERSION),
  /** The server's clock when it was exported, ms. */
  exportedAt: z.number().int(),
  view: RecordViewSchema,
  room: RecordRoomSchema,
  participants: z.array(RecordParticipantSchema),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** Every event the view may read, by seq; edits and notes with their text `delta` so the code can be rebuilt. */
  events: z.array(RecordEventSchema),
  /** Time-travel runs made while reviewing, after the interview: kept apart from what happened in it. */
  reviewRuns: z.array(z.unknown()),
  /** The submitted scorecards, as the exporter may read them (worker/routes/scorecards.ts): never a draft, none in a spectator's view. */
  scorecards: z.array(ScorecardSchema),
  chain: RecordChainSchema,
});
export type RecordExport = z.infer<typeof RecordExportSchema>;
/** Everything an export says before it is sealed with its chain. */
export type RecordExportBody = Omit<RecordExport, "chain">;

// ── GET /api/record-key ─────────────────────────────────────────────────────────────────────────

export const RecordKeySchema = z.strictObject({
  kid: KeyIdSchema,
  alg: z.literal("Ed25519"),
  publicKey: PublicKeyB64Schema,
  createdAt: z.number().int().optional(),
  /** The key new exports are signed with; the others verify older exports (rotation). */
  current: z.boolean(),
});
export type RecordKey = z.infer<typeof RecordKeySchema>;

export const RecordKeySetSchema = z.strictObject({ keys: z.array(RecordKeySchema).min(1) });
export type RecordKeySet = z.infer<typeof RecordKeySetSchema>;

/**
 * The fingerprint of the development signing key (worker/record/signing-key.ts): an export signed
 * with it proves nothing, its private half is in the repository. Production refuses that key.
 */
export const DEV_RECORD_KID = "8269181506498062";
