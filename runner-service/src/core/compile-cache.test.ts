import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID } from "../../../contracts/languages.js";
import { CompileCache } from "./compile-cache.js";

const cpp = LANGUAGES_BY_ID.cpp;
const files = (content: string) => [{ name: "main.cpp", content }];

describe("CompileCache", () => {
  it("keys on language, toolchain and every file", () => {
    const k = CompileCache.key(cpp, files("a"));
    expect(CompileCache.key(cpp, files("a"))).toBe(k);
    expect(CompileCache.key(cpp, files("b"))).not.toBe(k);
    expect(CompileCache.key(LANGUAGES_BY_ID.c, files("a"))).not.toBe(k);
    expect(CompileCache.key(cpp, [...files("a"), { name: "x.h", content: "" }])).not.toBe(k);
    // name/content boundaries cannot be shifted to collide
    expect(CompileCache.key(cpp, [{ name: "ab", content: "c" }])).not.toBe(CompileCache.key(cpp, [{ name: "a", content: "bc" }]));
  });

  it("keeps only regular top-level files of a compile — never a symlink out of the box", async () => {
    const cache = new CompileCache(mkdtempSync(join(tmpdir(), "cc-")), 10);
    const { artifacts, hit } = await cache.getOrCompile("k1", async () => {
      const out = cache.scratch(null);
      writeFileSync(join(out, "main"), "binary", { mode: 0o755 });
      symlinkSync("/etc/shadow", join(out, "evil"));
      mkdirSync(join(out, "sub"));
      return out;
    });
    expect(hit).toBe(false);
    expect(artifacts?.files).toEqual(["main"]);
    expect(readdirSync(artifacts!.dir)).toEqual(["main"]);
  });

  it("compiles identical sources once, even concurrently, and evicts the least recently used", async () => {
    const cache = new CompileCache(mkdtempSync(join(tmpdir(), "cc-")), 2);
    let compiles = 0;
    const compile = async () => {
      compiles++;
      await new Promise((r) => setTimeout(r, 20));
      const out = cache.scratch(null);
      writeFileSync(join(out, "main"), "x");
      return out;
    };
    const [a, b] = await Promise.all([cache.getOrCompile("same", compile), cache.getOrCompile("same", compile)]);
    expect(compiles).toBe(1);
    expect([a.hit, b.hit].sort()).toEqual([false, true]);
    await cache.getOrCompile("two", compile);
    await cache.getOrCompile("three", compile);
    expect(cache.lookup("same")).toBeNull();
    expect(existsSync(a.artifacts!.dir)).toBe(false);
  });

  it("does not cache a failed compile", async () => {
    const cache = new CompileCache(mkdtempSync(join(tmpdir(), "cc-")), 2);
    const r = await cache.getOrCompile("bad", async () => null);
    expect(r.artifacts).toBeNull();
    expect(cache.lookup("bad")).toBeNull();
  });
});
