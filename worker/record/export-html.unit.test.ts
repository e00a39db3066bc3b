/**
 * The HTML export's page, as text: the record survives the trip through its data block whatever
 * participants typed; nothing they typed can end that block or open markup; the policy allows
 * exactly the page's own script and style, by hash, and nothing else.
 */
import { describe, expect, it } from "vitest";
import { sealRecord, webSigner } from "../../contracts/record-chain";
import type { RecordExport } from "../../contracts/record-export";
import { readExportFile, verifyRecord } from "../../contracts/record-verify";
import { embedJson, recordHtml } from "./export-html";

const HOSTILE = `</script><img src=x onerror="window.__pwned=1"><!-- <script>alert(1)</script> \u2028\u2029 </SCRIPT >`;

async function hostileRecord(): Promise<RecordExport> {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  const signer = await webSigner(pair.privateKey, new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer));
  const t = 1_760_000_000_000;
  return sealRecord({
    format: "duet-record", version: 1, exportedAt: t + 5000, view: "interviewer",
    room: { id: "r-html", title: HOSTILE, orgId: null, createdAt: t, expiresAt: t + 1e6, endedAt: null, deleteAt: null },
    participants: [{ userId: "u1", name: HOSTILE, role: "candidate", color: "#123" }],
    startedAt: t, endedAt: null,
    events: [
      { seq: 1, t, userId: "u1", kind: "edit", language: "python", added: HOSTILE.length, removed: 0, delta: [{ insert: HOSTILE }] },
      { seq: 2, t: t + 1, userId: "u1", kind: "chat", text: HOSTILE },
    ],
    reviewRuns: [], scorecards: [],
  }, signer);
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

describe("the HTML export", () => {
  it("embeds the signed record with no < in its data, and gives it back intact", async () => {
    const record = await hostileRecord();
    const html = await recordHtml(record);
    const data = html.slice(html.indexOf('id="record">') + 'id="record">'.length, html.indexOf("</script>"));
    expect(data).not.toMatch(/[<\u2028\u2029]/);
    expect(readExportFile(html)).toEqual(record);
    expect((await verifyRecord(readExportFile(html), { kind: "embedded" })).ok).toBe(true);
    expect(embedJson({ a: "</script>\u2028" })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });

  it("has exactly its own two scripts and one style, and a policy that allows those by hash and nothing else", async () => {
    const html = await recordHtml(await hostileRecord());
    expect(html.match(/<script/gi)?.length).toBe(2);
    expect(html.match(/<\/script/gi)?.length).toBe(2);
    expect(html).not.toMatch(/<img|<!--/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(csp).toBe(`default-src 'none'; script-src 'sha256-${await sha256Base64(script)}'; style-src 'sha256-${await sha256Base64(style)}'; base-uri 'none'; form-action 'none'`);
    // The policy comes before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
    // The replayer builds text nodes only.
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|fetch\(|XMLHttpRequest/);
  });
});
