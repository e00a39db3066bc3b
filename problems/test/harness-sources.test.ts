/**
 * The harness sources (judge/harness/<language>/harness.*) are real source files: each compiles on
 * its own with its language's compiler and warnings as errors; the judged programs assembled from
 * them (an echo per value type) do too, so a candidate never sees a warning about the harness; and
 * judge/harness/sources.generated.ts embeds them as they are now (else: `npm run gen:harness`).
 * The compilers are the manifest's (contracts/languages.ts), run on this host.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID, type JudgedLanguageId } from "../../contracts/languages";
import { VALUE_TYPES, type CompareMode, type ValueType } from "../../contracts/problems";
import { MAX_SOURCE_BYTES } from "../../contracts/runner";
import { GENERATED_FILE, generatedModule, HARNESS_DIR, HARNESS_SOURCE_FILES } from "../../judge/harness/generate";
import { harnessFiles } from "../../judge/index";
import { echoCode, echoSignature } from "./helpers";

const exec = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "duet-harness-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The manifest's compiler of a language (the first word of its compile step). */
const compiler = (lang: JudgedLanguageId) => LANGUAGES_BY_ID[lang].compile!.argv[0];
const source = (name: keyof typeof HARNESS_SOURCE_FILES) => join(HARNESS_DIR, HARNESS_SOURCE_FILES[name]);
const GO_ENV = { ...process.env, GO111MODULE: "off", CGO_ENABLED: "0" };
/** mcs (the manifest runs it on mono), its warnings at their highest level and as errors. */
const MCS = LANGUAGES_BY_ID.csharp.compile!.argv[1];
const MCS_STRICT = ["-warn:4", "-warnaserror+", "-nologo"];
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

function dir(...parts: string[]): string {
  const d = join(scratch, ...parts);
  mkdirSync(d, { recursive: true });
  return d;
}

it("sources.generated.ts embeds the harness sources as they are (npm run gen:harness)", () => {
  expect(readFileSync(join(HARNESS_DIR, GENERATED_FILE), "utf8")).toBe(generatedModule());
});

it("sends C's candidate code twice (for the compiler's quotes) only while the request stays under the runner's limit", () => {
  const sig = echoSignature("int", "exact");
  const code = echoCode(sig, "c");
  expect(harnessFiles(sig, "c", code).map((f) => f.name)).toEqual(["main.c", "solution.c"]);
  const big = `${code}/*${"x".repeat(MAX_SOURCE_BYTES / 2)}*/\n`;
  expect(harnessFiles(sig, "c", big).map((f) => f.name)).toEqual(["main.c"]);
});

describe.concurrent("each harness source compiles on its own, warnings as errors", () => {
  const checks: Record<keyof typeof HARNESS_SOURCE_FILES, () => Promise<unknown>> = {
    c: () => exec(compiler("c"), ["-std=c17", "-Wall", "-Wextra", "-Werror", "-c", source("c"), "-o", join(dir("c"), "harness.o")]),
    cpp: () => exec(compiler("cpp"), ["-std=c++20", "-Wall", "-Wextra", "-Werror", "-c", source("cpp"), "-o", join(dir("cpp"), "harness.o")]),
    go: async () => {
      const d = dir("go");
      writeFileSync(join(d, "harness.go"), readFileSync(source("go")));
      await exec(compiler("go"), ["vet", "."], { cwd: d, env: GO_ENV });
      const { stdout: goroot } = await exec(compiler("go"), ["env", "GOROOT"], { env: GO_ENV });
      const { stdout: unformatted } = await exec(join(goroot.trim(), "bin", "gofmt"), ["-l", source("go")]);
      expect(unformatted, "gofmt -w judge/harness/go/harness.go").toBe("");
    },
    java: () => exec(compiler("java"), ["-Xlint:all", "-Werror", "-d", dir("java"), source("java")]),
    csharp: () => exec(compiler("csharp"), [MCS, ...MCS_STRICT, "-target:library", `-out:${join(dir("csharp"), "harness.dll")}`, source("csharp")]),
    rust: () => exec(compiler("rust"), ["--edition=2021", "--crate-type=lib", "-D", "warnings", "--emit=metadata", "-o", join(dir("rust"), "harness.rmeta"), source("rust")]),
    python: () => exec(compiler("python"), ["-W", "error", "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", source("python"), join(dir("python"), "harness.pyc")]),
    javascript: async () => {
      await exec(process.execPath, ["--check", source("javascript")]);
      await exec(process.execPath, [TSC, "-p", dirname(source("javascript"))]);
    },
  };
  for (const [name, check] of Object.entries(checks)) it(name, async () => void (await check()));
});

/** Every value type as parameter and result, and each sorted result (unordered, unordered-deep). */
const ECHOES: [ValueType, CompareMode][] = [
  ...VALUE_TYPES.map((t) => [t, "exact"] as [ValueType, CompareMode]),
  ["int[]", "unordered"], ["string[]", "unordered"], ["int[][]", "unordered-deep"], ["string[][]", "unordered-deep"],
];

/** Writes each echo program's files for `lang` into its own folder; returns the folders. */
function echoPrograms(lang: JudgedLanguageId, layout: (i: number) => string = (i) => `p${i}`): string[] {
  return ECHOES.map(([type, compare], i) => {
    const sig = echoSignature(type, compare);
    const d = dir("echo", lang, layout(i));
    for (const f of harnessFiles(sig, lang, echoCode(sig, lang))) writeFileSync(join(d, f.name), f.content);
    return d;
  });
}

/**
 * <bits/stdc++.h> precompiled with `flags` into a folder to put first on the include path: every
 * program includes it, and parsing it is most of the time g++ takes for each.
 */
async function precompiledStdcpp(flags: string[]): Promise<string> {
  const d = dir("pch");
  writeFileSync(join(d, "probe.cpp"), "#include <bits/stdc++.h>\n");
  const probe = await exec(compiler("cpp"), [...flags, "-E", "-H", "-o", "/dev/null", join(d, "probe.cpp")]);
  const header = /^\. (\S+\/bits\/stdc\+\+\.h)$/m.exec(probe.stderr)![1];
  await exec(compiler("cpp"), [...flags, "-x", "c++-header", header, "-o", join(dir("pch", "bits"), "stdc++.h.gch")]);
  return d;
}

describe.concurrent("the judged programs compile, warnings as errors", () => {
  it("c", async () => {
    const dirs = echoPrograms("c");
    await exec(compiler("c"), ["-std=c17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", ...dirs.map((d) => join(d, "main.c"))]);
  });
  it("cpp", async () => {
    const flags = ["-std=c++20", "-Wall", "-Werror"];
    const pch = await precompiledStdcpp(flags);
    const dirs = echoPrograms("cpp");
    await exec(compiler("cpp"), [...flags, "-I", pch, "-Winvalid-pch", "-fsyntax-only", ...dirs.map((d) => join(d, "main.cpp"))]);
  });
  it("go", async () => {
    const dirs = echoPrograms("go");
    await exec(compiler("go"), ["vet", ...dirs.map((d) => `./${d.slice(scratch.length + 1)}`)], { cwd: scratch, env: GO_ENV });
  });
  it("java", async () => {
    // One javac for all: each program in a package of its own (the declaration shares line 1).
    const dirs = echoPrograms("java");
    for (const [i, d] of dirs.entries()) writeFileSync(join(d, "Main.java"), `package p${i}; ${readFileSync(join(d, "Main.java"), "utf8")}`);
    await exec(compiler("java"), ["-Xlint:all", "-Werror", "-d", dir("java-out"), ...dirs.map((d) => join(d, "Main.java"))]);
  });
  it("csharp", async () => {
    const compile = (d: string) => exec(compiler("csharp"), [MCS, ...MCS_STRICT, `-out:${join(d, "main.exe")}`, join(d, "main.cs")]);
    await Promise.all(echoPrograms("csharp").map(compile));
  });
  it("rust", async () => {
    const compile = (d: string) => exec(compiler("rust"), ["--edition=2021", "-D", "warnings", "--emit=metadata", "-o", join(d, "main.rmeta"), join(d, "main.rs")]);
    await Promise.all(echoPrograms("rust").map(compile));
  });
});
