/**
 * The languages manifest's run-only part: languages a room can write and run as programs (stdin
 * in, output out), with no judge settings, harness or problem references. Same fields and sandbox
 * layout as ./languages.ts (read its header); contracts/languages.ts joins the two lists.
 * A language moves to ./languages.ts when the judge gains a harness for it.
 *
 * Every compile step is silent when it succeeds (its output is the run's output too), so the
 * syntax checks that print "Syntax OK" are wrapped or replaced by their silent equivalent.
 */
import type { z } from "zod";
import type { LanguageDeclarationSchema } from "./language-schema";

const KOTLIN_LIB = "/usr/share/kotlin/kotlinc/lib";

/** The run-only languages, in LANGUAGE_IDS order after the judged ones. */
export const PLAIN_LANGUAGES: z.input<typeof LanguageDeclarationSchema>[] = [
  {
    id: "ruby", displayName: "Ruby", version: "3.1", fileName: "main.rb", monacoId: "ruby", codemirror: "ruby",
    // What `ruby -c` checks and more (a misplaced `break` too), silent when it passes.
    compile: {
      argv: ["/usr/bin/ruby", "--disable-gems", "-e", `begin; RubyVM::InstructionSequence.compile_file("main.rb"); rescue SyntaxError => e; warn e.message; exit 1; end`],
    },
    run: { argv: ["/usr/bin/ruby", "main.rb"] },
    requires: ["/usr/bin/ruby"], addressSpaceLimitOk: true,
    toolchain: { packages: ["ruby"], outOfMemory: [/failed to allocate memory \(NoMemoryError\)/] },
    template: `input = $stdin.read\nputs "Hello, World!"\n`,
  },
  {
    id: "php", displayName: "PHP", version: "8.2", fileName: "main.php", monacoId: "php", codemirror: "php",
    // `php -l` with its "No syntax errors detected" sent to /dev/null; errors go to stderr.
    compile: {
      argv: ["/usr/bin/php", "-r", `exit(proc_close(proc_open([PHP_BINARY, "-d", "display_errors=stderr", "-d", "log_errors=0", "-l", "main.php"], [1 => ["file", "/dev/null", "w"]], $pipes)));`],
    },
    run: { argv: ["/usr/bin/php", "-d", "memory_limit={heapMb}M", "-d", "display_errors=stderr", "-d", "log_errors=0", "main.php"] },
    requires: ["/usr/bin/php"], addressSpaceLimitOk: true,
    toolchain: { packages: ["php-cli"], outOfMemory: [/Allowed memory size of \d+ bytes exhausted/] },
    template: `<?php\n$input = stream_get_contents(STDIN);\necho "Hello, World!\\n";\n`,
  },
  {
    id: "perl", displayName: "Perl 5", version: "5.36", fileName: "main.pl", monacoId: "perl", codemirror: "perl",
    // `perl -c`, whose "main.pl syntax OK" a last CHECK block silences (-M code runs before the
    // file's, line numbers unchanged); errors are printed before CHECK blocks run.
    compile: { argv: ["/usr/bin/perl", "-c", "-M5;CHECK{open(STDERR,q(>),q(/dev/null))}", "main.pl"] },
    run: { argv: ["/usr/bin/perl", "main.pl"] },
    requires: ["/usr/bin/perl"], addressSpaceLimitOk: true,
    toolchain: { packages: ["perl"], outOfMemory: [/^Out of memory!/m] },
    template: `use strict;\nuse warnings;\n\nmy @lines = <STDIN>;\nprint "Hello, World!\\n";\n`,
  },
  {
    id: "lua", displayName: "Lua", version: "5.4", fileName: "main.lua", monacoId: "lua", codemirror: "lua",
    compile: { argv: ["/usr/bin/luac5.4", "-p", "main.lua"] },
    run: { argv: ["/usr/bin/lua5.4", "main.lua"] },
    requires: ["/usr/bin/lua5.4", "/usr/bin/luac5.4"], addressSpaceLimitOk: true,
    toolchain: { packages: ["lua5.4"], outOfMemory: [/: not enough memory$/m] },
    template: `local input = io.read("a")\nprint("Hello, World!")\n`,
  },
  {
    id: "bash", displayName: "Bash", version: "5.2", fileName: "main.sh", monacoId: "shell", codemirror: "shell",
    compile: { argv: ["/usr/bin/bash", "-n", "main.sh"] },
    run: { argv: ["/usr/bin/bash", "main.sh"] },
    requires: ["/usr/bin/bash"], addressSpaceLimitOk: true,
    toolchain: { packages: ["bash"], outOfMemory: [/\bx(?:m|re)alloc: .*cannot allocate \d+ bytes/] },
    template: `#!/usr/bin/env bash\ninput=$(cat)\necho "Hello, World!"\n`,
  },
  {
    id: "kotlin", displayName: "Kotlin (JVM)", version: "1.3.31 (Debian's; old: no Kotlin 1.4+ features)", fileName: "main.kt", monacoId: "kotlin", codemirror: "kotlin",
    // kotlinc's own script, without its shell and its -noverify warning: a JVM, so Java's pids and
    // memory; and kotlinc is slow (~2.5 s of CPU for hello world, ~5 s for 80 lines), so twice the time.
    compile: {
      argv: [
        "/usr/bin/java", "-Xmx{heapMb}m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", `${KOTLIN_LIB}/kotlin-preloader.jar`, "org.jetbrains.kotlin.preloading.Preloader",
        "-cp", `${KOTLIN_LIB}/kotlin-compiler.jar`, "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
        "-d", "/out", "main.kt",
      ],
      limits: { pids: 128, memoryMb: 512, cpuMs: 20_000, wallMs: 30_000 },
    },
    run: {
      argv: ["/usr/bin/java", "-Xmx{heapMb}m", "-Xss64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", `/box:${KOTLIN_LIB}/kotlin-stdlib.jar`, "MainKt"],
      limits: { pids: 128 },
    },
    requires: ["/usr/bin/java", "/usr/bin/kotlinc"], addressSpaceLimitOk: false,
    toolchain: { packages: ["kotlin", "default-jre-headless"], outOfMemory: [/java\.lang\.OutOfMemoryError/] },
    template: `fun main() {\n    for (line in generateSequence(::readLine)) {\n        // each line of stdin\n    }\n    println("Hello, World!")\n}\n`,
  },
  {
    id: "haskell", displayName: "Haskell (GHC -O1)", version: "GHC 9.0", fileName: "main.hs", monacoId: "plaintext", codemirror: "haskell",
    // -rtsopts: the run passes its heap limit to the RTS.
    compile: { argv: ["/usr/bin/ghc", "-O1", "-v0", "-rtsopts", "-outputdir", "/tmp/ghc", "-o", "/out/main", "main.hs"], limits: { memoryMb: 512 } },
    run: { argv: ["./main", "+RTS", "-M{heapMb}m", "-RTS"] },
    // Under RLIMIT_AS beside the sandbox's 64 MiB stack limit the RTS refuses to start below 576 MiB
    // (and ghc's threaded RTS cannot start its threads).
    requires: ["/usr/bin/ghc"], addressSpaceLimitOk: false,
    toolchain: { packages: ["ghc"], outOfMemory: [/^main: Heap exhausted;$/m] },
    template: `main :: IO ()\nmain = do\n    input <- getContents\n    putStrLn "Hello, World!"\n`,
  },
  {
    id: "sql", displayName: "SQL (SQLite 3.40)", version: "SQLite 3.40", fileName: "main.sql", monacoId: "sql", codemirror: "sql",
    // No compile step: an SQL error is the run's (RE). -safe refuses .shell, .system, .load, .read,
    // ATTACH, readfile/writefile and load_extension. stdin (the setup SQL; a judged run's dataset)
    // runs first, in a process of its own, then main.sql, on one database file in the run's own
    // /tmp (fresh each run). Not `-init /dev/fd/3` as sql-format.md first said: SQLite runs an
    // -init script before it turns safe mode on, so stdin's `.shell` would run (and the runner's
    // stdin is a socket, which /dev/fd/N cannot open). Each process counts its own lines.
    // Temporary tables and sorts stay in memory (a hog is ML, not a file past RLIMIT_FSIZE).
    run: { argv: ["/bin/sh", "-c", "/usr/bin/sqlite3 -safe -bail -batch -box -header -cmd 'PRAGMA temp_store = MEMORY' /tmp/duet.db && exec /usr/bin/sqlite3 -safe -bail -batch -box -header -cmd 'PRAGMA temp_store = MEMORY' /tmp/duet.db < main.sql"] },
    requires: ["/usr/bin/sqlite3", "/bin/sh"], addressSpaceLimitOk: true,
    toolchain: { packages: ["sqlite3"], outOfMemory: [/\bout of memory\b/] },
    template: `-- stdin is run first (setup SQL: CREATE TABLE, INSERT), then this file.\nSELECT 'Hello, World!' AS greeting;\n`,
  },
];
