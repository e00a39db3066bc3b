/**
 * An organisation API key's secret: `duet_` + 32 random bytes in base64url (./random-secret.ts,
 * like the invite links'). D1 keeps its SHA-256, and a presented key is looked up by that, so a
 * copy of the database holds nothing that works as a key.
 */
import { API_KEY_PREFIX } from "../../contracts/accounts";
import { randomSecret, sha256Hex } from "./random-secret";

/** `duet_` and 43 base64url characters. */
const KEY_PATTERN = new RegExp(`^${API_KEY_PREFIX}[A-Za-z0-9_-]{43}$`);
/** What a list shows of a key: the prefix and four characters, too few to matter, enough to tell keys apart. */
const START_CHARS = API_KEY_PREFIX.length + 4;

export interface MintedApiKey {
  key: string;
  keyHash: string;
  start: string;
}

export async function mintApiKey(): Promise<MintedApiKey> {
  const key = API_KEY_PREFIX + randomSecret();
  return { key, keyHash: await sha256Hex(key), start: key.slice(0, START_CHARS) };
}

/** Whether a bearer credential is spelled like one of our keys (a room token never is). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** Whether it could be a key we minted: anything else is refused before D1 is asked. */
export function wellFormedApiKey(credential: string): boolean {
  return KEY_PATTERN.test(credential);
}
