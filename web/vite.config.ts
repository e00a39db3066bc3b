/**
 * The web app: React + Monaco (bundled from node_modules, never a CDN), built into web/dist and
 * served by the Worker as static assets. Monaco and its worker are split into a lazy chunk so the
 * landing and join pages ship only React and the app shell. The build also writes the `_headers`
 * file (CSP and friends) that Workers static assets serve with every response.
 */
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { securityHeaders } from "./build/security-headers.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), securityHeaders()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    rolldownOptions: {
      // contracts/ builds zod schemas at module level; the web app imports only constants and
      // types from there, so schema construction is dead code here (zod stays out of the bundle).
      treeshake: { manualPureFunctions: ["z"] },
    },
  },
  worker: { format: "es" },
  server: {
    // `npx vite --config web/vite.config.ts` for UI work: the API and sockets go to `npm start`.
    proxy: { "/api": { target: "http://127.0.0.1:8787", ws: true }, "/healthz": "http://127.0.0.1:8787" },
  },
});
