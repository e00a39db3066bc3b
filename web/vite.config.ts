/**
 * The web app: React + Monaco (bundled from node_modules, never a CDN), built into web/dist and
 * served by the Worker as static assets. Monaco and its worker are split into a lazy chunk so the
 * landing and join pages ship only React and the app shell. The build also writes the `_headers`
 * file (CSP and friends) that Workers static assets serve with every response.
 */
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { monacoLanguagesOnly } from "./build/monaco-languages.ts";
import { securityHeaders } from "./build/security-headers.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), monacoLanguagesOnly(), securityHeaders()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    // No `treeshake.manualPureFunctions`: it goes by name only, and ["z"] (meant for zod's
    // z.object(...)) also dropped every `z.detach()` in Monaco's red-black trees, which corrupted
    // the text on the next edit (build/tree-shaking.test.ts).
  },
  worker: { format: "es" },
  server: {
    // `npx vite --config web/vite.config.ts` for UI work: the API and sockets go to `npm start`.
    proxy: { "/api": { target: "http://127.0.0.1:8787", ws: true }, "/healthz": "http://127.0.0.1:8787" },
  },
});
