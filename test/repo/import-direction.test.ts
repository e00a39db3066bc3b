/** Dependencies flow one way; this walks every TypeScript and JavaScript module's imports to prove it. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { importEdges, importSpecifiers } from "./import-graph";
import { violations } from "./layers";
import { ROOT, trackedFiles } from "./tracked-files";

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

describe("import direction", () => {
  it("no module imports against the layers (worker → durable-objects → data/contracts; runner and web → contracts)", () => {
    const files = trackedFiles(SOURCE).filter((f) => !f.includes("node_modules/"));
    const edges = importEdges(ROOT, files);
    expect(edges.length).toBeGreaterThan(500); // the walk really read the tree
    expect(violations(edges)).toEqual([]);
  });

  it("sees static, type-only, dynamic and type-position imports and re-exports", () => {
    const src = [
      'import { a } from "./a";',
      'import type { B } from "./b";',
      'export { c } from "./c";',
      'export * from "./d";',
      'const e = await import("./e");',
      'type F = import("./f").F;',
      'import "./g";',
      'import { z } from "zod";',
    ].join("\n");
    expect(importSpecifiers(src).sort()).toEqual(["./a", "./b", "./c", "./d", "./e", "./f", "./g"]);
  });

  it("fails on each kind of wrong-way import", () => {
    const root = mkdtempSync(join(tmpdir(), "duet-layers-"));
    const files: Record<string, string> = {
      "worker/index.ts": 'export { Room } from "../durable-objects/room/room";',
      "worker/auth/tokens.ts": "export const t = 1;",
      "worker/routes/x.ts": 'import type { Inner } from "../../durable-objects/room/inner";',
      "durable-objects/room/room.ts": "export class Room {}",
      "durable-objects/room/inner.ts": "export type Inner = 1;",
      "durable-objects/room/test/t.test.ts": 'const tok = await import("../../../worker/auth/tokens");',
      "contracts/c.ts": 'type R = import("../durable-objects/room/room").Room;',
      "data/d.ts": 'import { t } from "../worker/auth/tokens";',
      "judge/j.ts": 'export * from "../runner-service/s";',
      "runner-service/s.ts": 'import "../data/d";',
      "web/src/w.ts": 'import { Room } from "../../durable-objects/room/room";',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const found = violations(importEdges(root, Object.keys(files)));
    const offenders = found.map((v) => v.split(" → ")[0]);
    expect(offenders.sort()).toEqual(
      ["contracts/c.ts", "data/d.ts", "durable-objects/room/test/t.test.ts", "judge/j.ts", "runner-service/s.ts", "web/src/w.ts", "worker/routes/x.ts"].sort(),
    );
    expect(found.join("\n")).not.toContain("worker/index.ts →"); // the one door stays open
  });
});
