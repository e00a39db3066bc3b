// @vitest-environment node
/**
 * The build's tree-shaking keeps Monaco whole. `manualPureFunctions: ["z"]` (meant for zod's
 * `z.object(...)`) also made Rolldown drop every `z.detach()` in Monaco's red-black trees (the
 * piece tree holding the text and the interval tree holding decorations): a deleted node stayed
 * attached, and the next edit landed in the wrong place (typing `f("ab", 1)` with auto-closed
 * quotes gave `f("a"b, 1)` in the built app, while the Y.Text had the right text).
 * Bundles Monaco's tree module with the build's own treeshake options and checks the calls survive.
 */
import { createRequire } from "node:module";
import { rolldown } from "rolldown";
import { describe, expect, it } from "vitest";
import config from "../vite.config";

const require = createRequire(import.meta.url);

describe("tree-shaking in the web build", () => {
  it("keeps Monaco's red-black tree deletes (z.detach()) with the build's treeshake options", async () => {
    const entry = require.resolve("monaco-editor/esm/vs/editor/common/model/pieceTreeTextBuffer/rbTreeBase.js");
    const bundle = await rolldown({ input: entry, treeshake: config.build?.rolldownOptions?.treeshake, logLevel: "silent" });
    const { output } = await bundle.generate({ format: "es" });
    await bundle.close();
    const code = output[0].code;
    expect(code).toContain("function rbDelete");
    expect(code.match(/\bz\.detach\(\)/g)?.length).toBe(2);
  }, 60_000);
});
