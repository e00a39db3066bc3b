/**
 * The secrets of one-time links (organisation invites, account recovery): 32 random bytes in
 * base64url, 43 characters. 256 random bits need no slow hash: D1 keeps a SHA-256 of the secret
 * and a presented one is checked against it, so a copy of the database admits nobody.
 */

export function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
