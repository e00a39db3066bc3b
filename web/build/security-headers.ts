/**
 * The headers every response of the web app carries, written into the build as the Workers
 * static-assets `_headers` file. wrangler (4.84, checked) applies it to files, to the
 * single-page-application fallback (`/r/<id>`) and to redirects; responses the Worker makes
 * itself (`/api/*`) do not get it. The policy allows the one inline script in index.html (the
 * theme, before first paint) by its hash, computed here from the built HTML so it cannot drift.
 */
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(" "),
    "style-src 'self' 'unsafe-inline'", // Monaco injects <style> and sets style attributes at run time
    "worker-src 'self' blob:",
    "connect-src 'self'", // CSP3: same-origin ws:/wss: included (the room's sockets)
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** `sha256-…` of each inline (no `src`) script's text, as CSP hashes it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) => `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`,
  );
}

export function headersFile(html: string): string {
  return [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy(inlineScriptHashes(html))}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "",
  ].join("\n");
}

/** Emits `_headers` next to the built index.html. */
export function securityHeaders(): Plugin {
  return {
    name: "duet-security-headers",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = bundle["index.html"];
      if (html?.type !== "asset") this.error("security-headers: no index.html in the bundle");
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(String(html.source)) });
    },
  };
}
