/** `npx tsx scripts/print-starters.ts problems/<slug>/problem.json [language …]`: the starter code the signature gives in each language (what a reference must fill in). */
import { readFileSync } from "node:fs";
import { starterCode } from "../judge/index";
const sig = JSON.parse(readFileSync(process.argv[2], "utf8")).signature;
const s = starterCode(sig) as Record<string, string>;
for (const l of process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(s)) console.log(`// ── ${l}\n${s[l]}`);
