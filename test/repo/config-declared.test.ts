/**
 * Every variable, secret and binding the deployed Worker reads is declared once, in
 * contracts/config-vars.ts — the list `npm run deploy` sets and checks — and nothing is declared
 * that nothing reads. "The Worker" is what esbuild bundles from worker/index.ts (the Room and the
 * other Durable Objects, data/, judge/, contracts/): the files wrangler would ship.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { parse } from "smol-toml";
import { beforeAll, describe, expect, it } from "vitest";
import { CONFIG_BINDINGS, CONFIG_FAMILIES, CONFIG_VARS, TEST_ONLY_NAMES } from "../../contracts/config-vars";
import { collectEnvReads, declaredEnvMembers, type EnvReads } from "./env-reads";
import { ROOT } from "./tracked-files";

const declaredValues = new Set(CONFIG_VARS.map((c) => c.name));
const declaredBindings = new Set(CONFIG_BINDINGS.map((b) => b.name));
const declared = (name: string) => declaredValues.has(name) || declaredBindings.has(name) || TEST_ONLY_NAMES.includes(name) || CONFIG_FAMILIES.some((f) => f.pattern.test(name));

/** The repository's own files the Worker bundle is made of. */
async function bundledFiles(): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, "worker/index.ts")],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs).filter((f) => !f.includes("node_modules") && /\.tsx?$/.test(f));
}

const reads: EnvReads = { names: new Map(), templates: new Map() };
let files: string[] = [];

beforeAll(async () => {
  files = await bundledFiles();
  for (const f of files) collectEnvReads(f, readFileSync(join(ROOT, f), "utf8"), reads);
});

describe("declared configuration (contracts/config-vars.ts)", () => {
  it("the bundle is the Worker, its Durable Objects and what they import", () => {
    for (const part of ["worker/index.ts", "durable-objects/room/room.ts", "contracts/wire.ts"]) expect(files).toContain(part);
    expect(files.some((f) => f.startsWith("data/"))).toBe(true);
  });

  it("every name the bundled code reads is declared", () => {
    const undeclared = [...reads.names].filter(([name]) => !declared(name)).map(([name, where]) => `${name} (read in ${[...where].join(", ")})`);
    expect(undeclared, "add these to contracts/config-vars.ts (a var or secret with its production check, or a binding)").toEqual([]);
    const families = [...reads.templates].filter(([t]) => !CONFIG_FAMILIES.some((f) => f.pattern.test(t.replaceAll("*", "X")))).map(([t, where]) => `${t} (in ${[...where].join(", ")})`);
    expect(families, "a computed environment name that no family in contracts/config-vars.ts describes").toEqual([]);
  });

  it("every declared name is read somewhere in the bundled code", () => {
    const codeBindings = CONFIG_BINDINGS.filter((b) => !b.platform).map((b) => b.name);
    const unread = [...declaredValues, ...codeBindings, ...TEST_ONLY_NAMES].filter((name) => !reads.names.has(name));
    expect(unread, "declared in contracts/config-vars.ts but read nowhere: remove them, or the code lost a read").toEqual([]);
    for (const family of CONFIG_FAMILIES) expect([...reads.templates.keys()].some((t) => family.pattern.test(t.replaceAll("*", "X"))), family.template).toBe(true);
  });

  it("the Env type (worker/env.d.ts) has exactly the declared names", () => {
    const members = declaredEnvMembers(readFileSync(join(ROOT, "worker/env.d.ts"), "utf8"));
    expect(members.filter((m) => !declared(m)), "in worker/env.d.ts, not declared").toEqual([]);
    expect([...declaredValues, ...declaredBindings].filter((m) => !members.includes(m)), "declared, missing from worker/env.d.ts").toEqual([]);
  });

  it("wrangler.toml's [vars] are the declared vars, its bindings the declared bindings, and it holds no secret", () => {
    const config = parse(readFileSync(join(ROOT, "wrangler.toml"), "utf8")) as WranglerBindings;
    const vars = Object.keys(config.vars ?? {});
    const declaredVars = CONFIG_VARS.filter((c) => c.kind === "var").map((c) => c.name);
    expect(vars.filter((v) => !declaredVars.includes(v)), "in wrangler.toml [vars], not declared as vars").toEqual([]);
    expect(declaredVars.filter((v) => !vars.includes(v)), "declared vars missing from wrangler.toml [vars] (give each its production value and a comment)").toEqual([]);
    expect(bindingNames(config).sort()).toEqual([...declaredBindings].sort());
  });
});

interface WranglerBindings {
  vars?: Record<string, unknown>;
  assets?: { binding?: string };
  d1_databases?: { binding: string }[];
  durable_objects?: { bindings?: { name: string }[] };
  analytics_engine_datasets?: { binding: string }[];
  version_metadata?: { binding: string };
}

function bindingNames(c: WranglerBindings): string[] {
  return [
    ...(c.assets?.binding ? [c.assets.binding] : []),
    ...(c.d1_databases ?? []).map((d) => d.binding),
    ...(c.durable_objects?.bindings ?? []).map((d) => d.name),
    ...(c.analytics_engine_datasets ?? []).map((d) => d.binding),
    ...(c.version_metadata ? [c.version_metadata.binding] : []),
  ];
}
