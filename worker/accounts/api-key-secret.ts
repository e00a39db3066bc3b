/**
 * An organisation API key's secret: `duet_` + 32 random bytes in base64url. 256 random bits need
 * no slow hash: a SHA-256 of the key is what D1 keeps and what a presented key is looked up by, so
 * a copy of the database holds nothing that works as a key.
 */
import { API_KEY_PREFIX } from "../../contracts/accounts";

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
  const key = API_KEY_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { key, keyHash: await hashApiKey(key), start: key.slice(0, START_CHARS) };
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Whether a bearer credential is spelled like one of our keys (a room token never is). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** Whether it could be a key we minted: anything else is refused before D1 is asked. */
export function wellFormedApiKey(credential: string): boolean {
  return KEY_PATTERN.test(credential);
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
