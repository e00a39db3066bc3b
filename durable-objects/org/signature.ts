/**
 * The `Duet-Signature` header of a delivery (contracts/webhooks.ts):
 * `t=<unix seconds>,kid=<key id>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Signing the
 * time with the body lets a receiver refuse a replay of an old delivery.
 */
export async function signatureHeader(secret: string, keyId: string, body: string, atMs: number): Promise<string> {
  const t = Math.floor(atMs / 1000);
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${body}`)));
  return `t=${t},kid=${keyId},v1=${[...mac].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
