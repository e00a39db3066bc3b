/**
 * The HTML export: one self-contained file that replays the interview when opened from disk, with no
 * network. The signed JSON export sits in a data block (`<` written `\u003c`, so no text a participant
 * typed can close it); the replayer (replayer-script.ts) and the stylesheet are inline and allowed by
 * their hashes; the policy (`default-src 'none'`) forbids everything else, requests included.
 * `npm run verify-record` checks this file as it checks the JSON.
 */
import { RECORD_DATA_OPEN, type RecordExport } from "../../contracts/record-export";
import { REPLAYER_SCRIPT } from "./replayer-script";

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #fff; --muted: #57606a; --line: #d0d7de; --hi: #fff3bf; --err: #b42318; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --hi: #3d3000; --err: #ff7b72; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem; font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.meta, footer { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.people { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
.controls { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; padding: .5rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
#scrubber { flex: 1 1 16rem; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); margin-top: 1rem; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; min-width: 0; }
.panel[hidden] { display: none; }
.body { margin: .5rem 0 0; max-height: 28rem; overflow: auto; }
pre.body { font: 13px/1.4 ui-monospace, monospace; white-space: pre; }
ol.body { padding-left: 1.5rem; }
#events { padding-left: 3.5rem; }
#console { list-style: none; padding-left: 0; }
#console li { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
#console .stderr { color: var(--err); }
#console .run, #console .end { color: var(--muted); }
#chat li { overflow-wrap: anywhere; white-space: pre-wrap; }
#events button { all: unset; display: block; cursor: pointer; overflow-wrap: anywhere; }
#events button:focus-visible { outline: 2px solid currentColor; }
#events .current { background: var(--hi); }
`;

/** The data block's text: JSON that cannot end its script element or open a comment (every `<` escaped). */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

let hashes: Promise<{ script: string; style: string }> | null = null;

/** CSP source expressions for the inline script and style, computed once per isolate. */
export function inlineHashes(): Promise<{ script: string; style: string }> {
  hashes ??= Promise.all([cspHash(REPLAYER_SCRIPT), cspHash(STYLE)]).then(([script, style]) => ({ script, style }));
  return hashes;
}

async function cspHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** The page's policy: its own script and style by hash, nothing else at all (no request of any kind). */
export async function recordHtmlCsp(): Promise<string> {
  const { script, style } = await inlineHashes();
  return `default-src 'none'; script-src ${script}; style-src ${style}; base-uri 'none'; form-action 'none'`;
}

export async function recordHtml(record: RecordExport): Promise<string> {
  const csp = await recordHtmlCsp();
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Interview record</title>",
    `<style>${STYLE}</style>`,
    "</head><body>",
    '<noscript><p>This interview record replays with JavaScript. Its data is in the element with id "record", as JSON.</p></noscript>',
    '<div id="app"></div>',
    `${RECORD_DATA_OPEN}${embedJson(record)}</script>`,
    `<script>${REPLAYER_SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}
