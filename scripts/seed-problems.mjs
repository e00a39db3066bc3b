#!/usr/bin/env node
// `node scripts/seed-problems.mjs [--persist-to DIR] [--check]`: checks problems/ and seeds the local D1.
import { fileURLToPath } from "node:url";
import { loadProblems, seedProblems } from "./lib/seed-problems.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--persist-to");
try {
  if (args.includes("--check")) {
    const problems = await loadProblems(root);
    console.log(`problems: ${problems.length} ok (${problems.reduce((n, p) => n + p.hidden.length, 0)} hidden tests)`);
  } else {
    const n = await seedProblems(root, { persistTo: at >= 0 ? args[at + 1] : undefined });
    console.log(`problems: seeded ${n}`);
  }
} catch (e) {
  console.error(`problems: ${e.message}`);
  process.exit(1);
}
