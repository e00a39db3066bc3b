/** The `_headers` file: the policy as specified, with the hash of index.html's inline script. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { headersFile, inlineScriptHashes } from "./security-headers";

const indexHtml = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "index.html"), "utf8");

describe("security headers", () => {
  it("hash each inline script, and only those", () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script><script nonce="n">\nb()\n</script>`;
    const sha = (s: string) => `sha256-${createHash("sha256").update(s).digest("base64")}`;
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("\nb()\n")]);
    expect(inlineScriptHashes(indexHtml)).toHaveLength(1); // the theme, before first paint
  });

  it("are the policy Duet promises, for every path", () => {
    const [hash] = inlineScriptHashes(indexHtml);
    expect(headersFile(indexHtml).split("\n")).toEqual([
      "/*",
      `  Content-Security-Policy: default-src 'self'; script-src 'self' '${hash}'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: no-referrer",
      "",
    ]);
  });
});
