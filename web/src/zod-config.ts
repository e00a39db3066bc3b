/**
 * Zod without its JIT: zod compiles object parsers with `new Function` and probes for it once,
 * and the page's CSP (script-src 'self', no 'unsafe-eval') reports even the swallowed probe as a
 * securitypolicyviolation. Imported first by main.tsx, before any module builds or parses a schema.
 */
import { config } from "zod";

config({ jitless: true });
