/**
 * The languages manifest: everything about a language in one entry, read by the runner (how to
 * compile and run, how its runtime runs out of memory), the API (`GET /v1/languages`,
 * `GET /api/languages`), the UI (Monaco id, CodeMirror grammar, starter template), the judge (time
 * factor, reference solution file) and scripts/install-toolchains.sh (Debian packages); tests check
 * the Dockerfile, the editors and the runner's test programs against it. Adding a language is its
 * id in LANGUAGE_IDS and an entry here (the fields: ./language-schema.ts), plus its judge harness.
 *
 * Plain data, no node imports: Workers code imports this file too.
 *
 * Sandbox layout every argv below relies on (the runner builds it with bubblewrap):
 *   /box   the work dir (cwd): the request's files, read-only, in a writable capped tmpfs;
 *          on the run stage the compile artifacts are there as well (read-only)
 *   /out   compile stage only: the writable dir whose files become the cached artifacts
 *   /tmp   a writable capped tmpfs
 *   /usr, /etc/alternatives, … the host toolchains, read-only
 *   /opt/duet/node, /opt/duet/esbuild  the runner's own node binary and esbuild, read-only
 * `{heapMb}` in an argv or env value is replaced by the runner with the run's heap budget
 * (a share of the memory limit) so runtimes fail with their own OOM before the cgroup kills them.
 */
import { z } from "zod";
import { isJudged, LanguageDeclarationSchema, LanguageSchema, type JudgedLanguageDeclaration, type JudgedLanguageId, type Language, type LanguageDeclaration, type LanguageId } from "./language-schema";
import { PLAIN_LANGUAGES } from "./languages-plain";

export * from "./language-schema";

// Not -trimpath: it changes build IDs, so Go would rebuild the whole standard library (~7 s) every time.
const GO_ENV = {
  GOCACHE: "/tmp/gocache",
  GOPATH: "/tmp/gopath",
  GO111MODULE: "off",
  // No cgo: the build never shells out to gcc, and the binary is static.
  CGO_ENABLED: "0",
};

/** The judged languages (JUDGED_LANGUAGE_IDS, in that order); the run-only ones are in ./languages-plain.ts. */
const manifest: z.input<typeof LanguageDeclarationSchema>[] = [
  {
    id: "javascript", displayName: "JavaScript (Node.js)", version: "20", fileName: "main.js", monacoId: "javascript", codemirror: "javascript",
    compile: { argv: ["/opt/duet/node", "--check", "main.js"] },
    run: { argv: ["/opt/duet/node", "--max-old-space-size={heapMb}", "main.js"] },
    requires: ["/opt/duet/node"], addressSpaceLimitOk: false,
    toolchain: { packages: [], outOfMemory: [/JavaScript heap out of memory/] },
    judge: { cpu: { times: 2, plusMs: 150 }, referenceFile: "solution.js", referenceRank: 2 },
    template: `const lines = require("fs").readFileSync(0, "utf8").split("\\n");\nconsole.log("Hello, World!");\n`,
  },
  {
    id: "typescript", displayName: "TypeScript (esbuild → Node.js)", version: "5 (esbuild 0.27, no type-check)",
    fileName: "main.ts", monacoId: "typescript", codemirror: "typescript",
    // esbuild only strips types (fast, ~10 ms); syntax errors are CE, type errors are not checked.
    // Its source map (main.js.map) brings a trace's lines back to main.ts's: Node applies it.
    compile: { argv: ["/opt/duet/esbuild", "main.ts", "--outfile=/out/main.js", "--sourcemap", "--format=cjs", "--platform=node", "--target=node20", "--log-level=error"] },
    run: { argv: ["/opt/duet/node", "--enable-source-maps", "--max-old-space-size={heapMb}", "main.js"] },
    requires: ["/opt/duet/node", "/opt/duet/esbuild"], addressSpaceLimitOk: false,
    toolchain: { packages: [], outOfMemory: [/JavaScript heap out of memory/] },
    judge: { cpu: { times: 2, plusMs: 150 }, referenceFile: "solution.ts", referenceRank: 3 },
    template: `const input: string = require("fs").readFileSync(0, "utf8");\nconsole.log("Hello, World!");\n`,
  },
  {
    id: "python", displayName: "Python 3", version: "3.11", fileName: "main.py", monacoId: "python", codemirror: "python",
    // A syntax check up front so a SyntaxError is CE (as in the compiled languages), not RE.
    compile: { argv: ["/usr/bin/python3", "-m", "py_compile", "main.py"], env: { PYTHONPYCACHEPREFIX: "/tmp/pycache" } },
    // PYTHONPATH: a judged run's harness is /box/sitecustomize.py, which Python imports before main.py.
    run: { argv: ["/usr/bin/python3", "-u", "main.py"], env: { PYTHONDONTWRITEBYTECODE: "1", PYTHONPATH: "/box" } },
    requires: ["/usr/bin/python3"], addressSpaceLimitOk: true,
    toolchain: { packages: ["python3"], outOfMemory: [/^MemoryError\b/m] },
    judge: { cpu: { times: 4, plusMs: 100 }, referenceFile: "solution.py", referenceRank: 1 },
    template: `import sys\n\ndata = sys.stdin.read()\nprint("Hello, World!")\n`,
  },
  {
    id: "java", displayName: "Java (OpenJDK)", version: "17", fileName: "Main.java", monacoId: "java", codemirror: "java",
    compile: {
      argv: ["/usr/bin/javac", "-J-Xmx{heapMb}m", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-encoding", "UTF-8", "-d", "/out", "Main.java"],
      limits: { pids: 128, memoryMb: 512 },
    },
    run: {
      argv: ["/usr/bin/java", "-Xmx{heapMb}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", "/box", "Main"],
      limits: { pids: 128 },
    },
    requires: ["/usr/bin/java", "/usr/bin/javac"], addressSpaceLimitOk: false,
    toolchain: { packages: ["default-jdk-headless"], outOfMemory: [/java\.lang\.OutOfMemoryError/] },
    judge: { cpu: { times: 2, plusMs: 800 }, referenceFile: "Solution.java", referenceRank: 8 },
    template: `import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        System.out.println("Hello, World!");\n    }\n}\n`,
  },
  {
    id: "cpp", displayName: "C++ (g++ -O2 -std=c++20)", version: "g++ 12", fileName: "main.cpp", monacoId: "cpp", codemirror: "cpp",
    compile: { argv: ["/usr/bin/g++", "-O2", "-std=c++20", "-pipe", "-o", "/out/main", "main.cpp"], limits: { memoryMb: 512 } },
    run: { argv: ["./main"] },
    requires: ["/usr/bin/g++"], addressSpaceLimitOk: true,
    toolchain: { packages: ["g++"], outOfMemory: [/std::bad_alloc/] },
    judge: { cpu: { times: 1, plusMs: 0 }, referenceFile: "solution.cpp", referenceRank: 4 },
    template: `#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cout << "Hello, World!" << endl;\n}\n`,
  },
  {
    id: "go", displayName: "Go", version: "1.19", fileName: "main.go", monacoId: "go", codemirror: "go",
    compile: { argv: ["/usr/bin/go", "build", "-o", "/out/main", "main.go"], env: GO_ENV, limits: { pids: 128, memoryMb: 512 } },
    run: { argv: ["./main"], env: { GOMEMLIMIT: "{heapMb}MiB", GOMAXPROCS: "2" } },
    requires: ["/usr/bin/go"], addressSpaceLimitOk: false,
    toolchain: { packages: ["golang-go"], outOfMemory: [/fatal error: runtime: out of memory/] },
    judge: { cpu: { times: 1.5, plusMs: 50 }, referenceFile: "solution.go", referenceRank: 7 },
    template: `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, World!")\n}\n`,
  },
  {
    id: "c", displayName: "C (gcc -O2 -std=c17)", version: "gcc 12", fileName: "main.c", monacoId: "c", codemirror: "cpp",
    compile: { argv: ["/usr/bin/gcc", "-O2", "-std=c17", "-pipe", "-o", "/out/main", "main.c", "-lm"] },
    run: { argv: ["./main"] },
    requires: ["/usr/bin/gcc"], addressSpaceLimitOk: true,
    toolchain: { packages: ["gcc", "libc6-dev"], outOfMemory: [] },
    judge: { cpu: { times: 1, plusMs: 0 }, referenceFile: "solution.c", referenceRank: 5 },
    template: `#include <stdio.h>\n\nint main(void) {\n    printf("Hello, World!\\n");\n    return 0;\n}\n`,
  },
  {
    id: "rust", displayName: "Rust", version: "1.63", fileName: "main.rs", monacoId: "rust", codemirror: "rust",
    // strip=symbols: Debian's std carries debug info that would push the binary past RLIMIT_FSIZE.
    compile: { argv: ["/usr/bin/rustc", "--edition=2021", "-O", "-C", "strip=symbols", "-o", "/out/main", "main.rs"], limits: { memoryMb: 512 } },
    run: { argv: ["./main"] },
    requires: ["/usr/bin/rustc", "/usr/bin/cc"], addressSpaceLimitOk: true,
    toolchain: { packages: ["rustc"], outOfMemory: [/memory allocation of \d+ bytes failed/] },
    judge: { cpu: { times: 1, plusMs: 0 }, referenceFile: "solution.rs", referenceRank: 6 },
    template: `use std::io::{self, Read};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    println!("Hello, World!");\n}\n`,
  },
  {
    id: "csharp", displayName: "C# 7 (Mono 6.8)", version: "Mono 6.8, C# 7", fileName: "main.cs", monacoId: "csharp", codemirror: "csharp",
    compile: { argv: ["/usr/bin/mono", "/usr/lib/mono/4.5/mcs.exe", "-optimize+", "-debug", "-out:/out/main.exe", "main.cs"] },
    run: { argv: ["/usr/bin/mono", "--debug", "main.exe"], env: { MONO_GC_PARAMS: "max-heap-size={heapMb}m" } },
    // Mono reads /etc/mono (bound by the runner when present); it spins when RLIMIT_AS refuses it memory.
    requires: ["/usr/bin/mono", "/usr/lib/mono/4.5/mcs.exe"], addressSpaceLimitOk: false,
    toolchain: { packages: ["mono-mcs"], outOfMemory: [/System\.OutOfMemoryException/] },
    // -debug / --debug: an exception's trace names main.cs's lines (~3 ms of start-up). Mono starts in
    // ~30 ms of CPU (a judged run; the JVM ~100 ms) but computes at 0.5–1.7× Java's CPU (arrays and
    // sorting slowest): Java's times 2 × 1.7, and a start-up allowance well above Mono's.
    judge: { cpu: { times: 3.5, plusMs: 200 }, referenceFile: "solution.cs", referenceRank: 9 },
    template: `using System;\nusing System.Collections.Generic;\n\nclass Program {\n    static void Main() {\n        var lines = new List<string>();\n        for (string line; (line = Console.ReadLine()) != null; ) lines.Add(line);\n        Console.WriteLine("Hello, World!");\n    }\n}\n`,
  },
];

/** Every language with everything about it, the judged ones first; the host's and the judge's parts are read from here. */
export const LANGUAGE_DECLARATIONS: readonly LanguageDeclaration[] = [...manifest, ...PLAIN_LANGUAGES].map((l) => LanguageDeclarationSchema.parse(l));
export const DECLARATIONS_BY_ID = byId(LANGUAGE_DECLARATIONS);

/** The judged languages' declarations, with their judge settings (judge/ reads these). */
export const JUDGED_DECLARATIONS = LANGUAGE_DECLARATIONS.filter((l): l is JudgedLanguageDeclaration => isJudged(l.id));
export const JUDGED_BY_ID = byId(JUDGED_DECLARATIONS) as Readonly<Record<JudgedLanguageId, JudgedLanguageDeclaration>>;

/** The languages as the API serves them (toolchain and judge settings left out). */
export const LANGUAGES: readonly Language[] = LANGUAGE_DECLARATIONS.map((l) => z.object(LanguageSchema.shape).parse(l));
export const LANGUAGES_BY_ID = byId(LANGUAGES);

function byId<T extends { id: LanguageId }>(list: readonly T[]): Readonly<Record<LanguageId, T>> {
  return Object.fromEntries(list.map((l) => [l.id, l])) as Record<LanguageId, T>;
}
