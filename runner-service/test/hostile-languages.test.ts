/**
 * Acceptance: the hostile programs of test/hostile.test.ts, written in each run-only language
 * (contracts/languages-plain.ts), are contained the same way: an endless loop is TO on CPU, a
 * memory hog ML (the runtime's own message or the cgroup), writes outside /box and /tmp fail,
 * sockets reach nothing, and a process started in the background does not outlive the run.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LanguageId } from "../../contracts/languages.js";
import { hostProcessesMatching, run, testCore } from "./helpers.js";

const core = testCore({ concurrency: 2 });
const available = new Set(core.languages().filter((l) => l.available).map((l) => l.id));

interface Hostile {
  /** Spins forever. */
  loop: string;
  /** Allocates (and touches) memory without end. */
  hog: string;
  /** Writes /usr/evil, /etc/evil and /evil ("blocked <path>" or "WROTE <path>"), then /box/ok and /tmp/ok ("ok <path>"). */
  write: string;
  /** Connects to 1.1.1.1:53 and 10.0.0.1:80, a line each: "blocked …" or "CONNECTED …"; null: no socket API without extra packages. */
  net: string | null;
  /** Starts `sleep <marker>` in a session of its own and prints "spawned". */
  spawn: { marker: string; source: string };
}

const HOSTILE: [LanguageId, Hostile][] = [
  ["csharp", {
    loop: `class P { static void Main() { long i = 0; for (;;) i++; } }\n`,
    hog: `class P { static void Main() { var l = new System.Collections.Generic.List<long[]>(); for (;;) { var a = new long[1 << 17]; for (int i = 0; i < a.Length; i++) a[i] = i; l.Add(a); } } }\n`,
    write: `using System; using System.IO;
class P { static void Main() {
  foreach (var p in new[] { "/usr/evil", "/etc/evil", "/evil" }) {
    try { File.WriteAllText(p, "x"); Console.WriteLine("WROTE " + p); } catch (Exception) { Console.WriteLine("blocked " + p); }
  }
  foreach (var p in new[] { "/box/ok", "/tmp/ok" }) { File.WriteAllText(p, "x"); Console.WriteLine("ok " + p); }
} }
`,
    net: `using System; using System.Net.Sockets;
class P { static void Main() {
  foreach (var h in new[] { "1.1.1.1:53", "10.0.0.1:80" }) {
    try { new TcpClient().Connect(h.Split(':')[0], int.Parse(h.Split(':')[1])); Console.WriteLine("CONNECTED " + h); } catch (Exception) { Console.WriteLine("blocked " + h); }
  }
} }
`,
    spawn: { marker: "986.11", source: `class P { static void Main() { System.Diagnostics.Process.Start("/usr/bin/setsid", "/usr/bin/sleep 986.11"); System.Console.WriteLine("spawned"); } }\n` },
  }],
  ["ruby", {
    loop: `i = 0\nloop { i += 1 }\n`,
    hog: `a = []\nloop { a << "x" * (1 << 20) }\n`,
    write: `%w[/usr/evil /etc/evil /evil].each do |p|
  File.write(p, "x")
  puts "WROTE #{p}"
rescue SystemCallError
  puts "blocked #{p}"
end
%w[/box/ok /tmp/ok].each { |p| File.write(p, "x"); puts "ok #{p}" }
`,
    net: `require "socket"
[["1.1.1.1", 53], ["10.0.0.1", 80]].each do |h, port|
  TCPSocket.new(h, port, connect_timeout: 2)
  puts "CONNECTED #{h}"
rescue SystemCallError, IOError
  puts "blocked #{h}"
end
`,
    spawn: { marker: "986.21", source: `Process.spawn("/usr/bin/sleep", "986.21", pgroup: true)\nfork { Process.setsid; exec("/usr/bin/sleep", "986.21") }\nputs "spawned"\n` },
  }],
  ["php", {
    loop: `<?php\nfor ($i = 0;; $i++);\n`,
    hog: `<?php\n$a = [];\nfor (;;) $a[] = str_repeat("x", 1 << 20);\n`,
    write: `<?php
foreach (["/usr/evil", "/etc/evil", "/evil"] as $p) echo @file_put_contents($p, "x") === false ? "blocked" : "WROTE", " $p\\n";
foreach (["/box/ok", "/tmp/ok"] as $p) { file_put_contents($p, "x"); echo "ok $p\\n"; }
`,
    net: `<?php\nforeach (["1.1.1.1:53", "10.0.0.1:80"] as $t) echo @stream_socket_client("tcp://$t", $errno, $error, 2) ? "CONNECTED" : "blocked", " $t\\n";\n`,
    spawn: { marker: "986.31", source: `<?php\nif (pcntl_fork() === 0) { posix_setsid(); pcntl_exec("/usr/bin/sleep", ["986.31"]); }\nproc_open(["/usr/bin/setsid", "/usr/bin/sleep", "986.31"], [], $pipes);\necho "spawned\\n";\n` },
  }],
  ["perl", {
    loop: `my $i = 0;\n$i++ while 1;\n`,
    hog: `my @a;\npush @a, "x" x (1 << 20) while 1;\n`,
    write: `for my $p ("/usr/evil", "/etc/evil", "/evil") { print open(my $f, ">", $p) ? "WROTE $p\\n" : "blocked $p\\n" }
for my $p ("/box/ok", "/tmp/ok") { open(my $f, ">", $p) or die "$p: $!"; print $f "x"; close $f; print "ok $p\\n" }
`,
    net: `use IO::Socket::INET;\nfor my $t ("1.1.1.1:53", "10.0.0.1:80") { print IO::Socket::INET->new(PeerAddr => $t, Timeout => 2) ? "CONNECTED $t\\n" : "blocked $t\\n" }\n`,
    spawn: { marker: "986.41", source: `use POSIX ();\nif (fork() == 0) { POSIX::setsid(); exec "/usr/bin/sleep", "986.41"; }\nprint "spawned\\n";\n` },
  }],
  ["lua", {
    loop: `local i = 0\nwhile true do i = i + 1 end\n`,
    hog: `local t = {}\nwhile true do t[#t + 1] = string.rep("x", 1 << 20) .. #t end\n`,
    write: `for _, p in ipairs({ "/usr/evil", "/etc/evil", "/evil" }) do print((io.open(p, "w") and "WROTE " or "blocked ") .. p) end
for _, p in ipairs({ "/box/ok", "/tmp/ok" }) do assert(io.open(p, "w")):write("x"); print("ok " .. p) end
`,
    net: null, // plain Lua has no sockets (LuaSocket is another package)
    spawn: { marker: "986.51", source: `os.execute("/usr/bin/setsid /usr/bin/sleep 986.51 &")\nprint("spawned")\n` },
  }],
  ["bash", {
    loop: `while :; do :; done\n`,
    hog: `s=x\nwhile :; do s="$s$s"; done\n`,
    write: `for p in /usr/evil /etc/evil /evil; do if (echo x > "$p") 2>/dev/null; then echo "WROTE $p"; else echo "blocked $p"; fi; done
for p in /box/ok /tmp/ok; do echo x > "$p" && echo "ok $p"; done
`,
    net: `for t in 1.1.1.1/53 10.0.0.1/80; do if (exec 3<>"/dev/tcp/$t") 2>/dev/null; then echo "CONNECTED $t"; else echo "blocked $t"; fi; done\n`,
    spawn: { marker: "986.61", source: `setsid sleep 986.61 &\nnohup sleep 986.61 >/dev/null 2>&1 &\ndisown -a\nsleep 0.2\necho spawned\n` },
  }],
  ["kotlin", {
    loop: `fun main() {\n    var i = 0L\n    while (true) i++\n}\n`,
    hog: `fun main() {\n    val l = ArrayList<LongArray>()\n    while (true) l.add(LongArray(1 shl 17) { it.toLong() })\n}\n`,
    write: `import java.io.File
fun main() {
    for (p in listOf("/usr/evil", "/etc/evil", "/evil")) println(try { File(p).writeText("x"); "WROTE $p" } catch (e: Exception) { "blocked $p" })
    for (p in listOf("/box/ok", "/tmp/ok")) { File(p).writeText("x"); println("ok $p") }
}
`,
    net: `import java.net.InetSocketAddress
import java.net.Socket
fun main() {
    for ((h, port) in listOf("1.1.1.1" to 53, "10.0.0.1" to 80)) println(try { Socket().connect(InetSocketAddress(h, port), 2000); "CONNECTED $h" } catch (e: Exception) { "blocked $h" })
}
`,
    spawn: { marker: "986.71", source: `fun main() {\n    ProcessBuilder("/usr/bin/setsid", "/usr/bin/sleep", "986.71").start()\n    println("spawned")\n}\n` },
  }],
  ["haskell", {
    loop: `main :: IO ()\nmain = print (length [1 :: Integer ..])\n`,
    hog: `import qualified Data.Map.Strict as M\n\nmain :: IO ()\nmain = print (M.size (M.fromList [(i, i) | i <- [1 .. 100000000 :: Int]]))\n`,
    write: `import Control.Exception
import Control.Monad

main :: IO ()
main = do
  forM_ ["/usr/evil", "/etc/evil", "/evil"] $ \\p -> do
    r <- try (writeFile p "x") :: IO (Either IOException ())
    putStrLn (either (const "blocked ") (const "WROTE ") r ++ p)
  forM_ ["/box/ok", "/tmp/ok"] $ \\p -> writeFile p "x" >> putStrLn ("ok " ++ p)
`,
    net: null, // GHC's own libraries have no sockets (the network package is another one)
    spawn: { marker: "986.81", source: `import System.Process\n\nmain :: IO ()\nmain = do\n  _ <- spawnProcess "/usr/bin/setsid" ["/usr/bin/sleep", "986.81"]\n  putStrLn "spawned"\n` },
  }],
];

describe.concurrent.each(HOSTILE)("hostile %s", (language, h) => {
  const skip = !available.has(language) && process.getuid?.() !== 0;

  it.skipIf(skip)("an endless loop: TO on CPU time", async () => {
    const r = await run(core, language, h.loop, { limits: { cpuMs: 1000, wallMs: 10_000 } });
    expect(r.compile?.status).toBe("OK");
    expect(r.exit?.status).toBe("TO");
    expect(r.exit?.timeMs).toBeGreaterThanOrEqual(900);
  });

  it.skipIf(skip)("a memory hog: ML, not RE", async () => {
    const r = await run(core, language, h.hog, { limits: { memoryMb: 128 } });
    expect(r.exit?.status, r.stderr.slice(-500)).toBe("ML");
  });

  it.skipIf(skip)("writes outside /box and /tmp fail", async () => {
    const r = await run(core, language, h.write, { limits: { cpuMs: 2000, wallMs: 5000 } });
    expect(r.exit?.status, r.stderr).toBe("OK");
    expect(r.stdout).toBe("blocked /usr/evil\nblocked /etc/evil\nblocked /evil\nok /box/ok\nok /tmp/ok\n");
    expect(existsSync("/evil") || existsSync("/usr/evil") || existsSync("/etc/evil")).toBe(false);
  });

  it.skipIf(skip || !h.net)("sockets reach nothing", async () => {
    const r = await run(core, language, h.net!, { limits: { cpuMs: 2000, wallMs: 8000 } });
    expect(r.exit?.status, r.stderr).toBe("OK");
    expect(r.stdout).not.toContain("CONNECTED");
    expect(r.stdout.match(/^blocked /gm)).toHaveLength(2);
  });

  it.skipIf(skip)("a background process does not outlive the run", async () => {
    const r = await run(core, language, h.spawn.source, { limits: { cpuMs: 2000, wallMs: 5000 } });
    expect(r.exit?.status, r.stderr).toBe("OK");
    expect(r.stdout).toBe("spawned\n");
    await new Promise((res) => setTimeout(res, 100));
    expect(hostProcessesMatching(h.spawn.marker)).toEqual([]);
  });
});

/**
 * SQL (SQLite's CLI in -safe mode): an endless recursive query is TO, a query that builds one huge
 * string ML, and every way out of the database is refused: files (readfile, writefile, .read,
 * .output, .import, ATTACH), the shell (.shell, .system), extensions (.load, load_extension).
 */
describe.concurrent("hostile sql", () => {
  const skip = !available.has("sql") && process.getuid?.() !== 0;

  it.skipIf(skip)("an endless recursive query: TO on CPU time", async () => {
    const r = await run(core, "sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;\n", { limits: { cpuMs: 1000, wallMs: 10_000 } });
    expect(r.exit?.status).toBe("TO");
    expect(r.exit?.timeMs).toBeGreaterThanOrEqual(900);
  });

  it.skipIf(skip)("a memory hog (a recursive CTE's huge string, group_concat): ML, not RE", async () => {
    const hog = "WITH RECURSIVE c(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM c WHERE length(s) < 1000000000) SELECT length(group_concat(s)) FROM c;\n";
    const r = await run(core, "sql", hog, { limits: { memoryMb: 128 } });
    expect(r.exit?.status, r.stderr.slice(-500)).toBe("ML");
  });

  const REFUSED: [string, string][] = [
    ["readfile", "SELECT readfile('/etc/passwd');"],
    ["writefile", "SELECT writefile('/tmp/evil', 'x');"],
    ["ATTACH", "ATTACH '/tmp/evil.db' AS evil;"],
    [".shell", ".shell touch /tmp/evil"],
    [".system", ".system touch /tmp/evil"],
    [".load", ".load /usr/lib/x86_64-linux-gnu/libsqlite3.so.0"],
    ["load_extension", "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0');"],
    [".read", ".read /etc/passwd"],
    [".output", ".output /tmp/evil"],
    [".import", ".import /etc/passwd t"],
  ];
  for (const [what, line] of REFUSED) {
    it.skipIf(skip)(`${what} is refused in safe mode`, async () => {
      const r = await run(core, "sql", `SELECT 'before';\n${line}\nSELECT 'unreachable';\n`, { limits: { cpuMs: 2000, wallMs: 5000 } });
      expect(r.exit?.status, r.stderr).toBe("RE");
      expect(r.stderr).toMatch(/safe mode|not authorized|unknown command/i);
      expect(r.stdout).not.toContain("root:");
      expect(r.stdout).not.toContain("unreachable");
    });
  }

  it.skipIf(skip)("stdin (the init script) is as safe as main.sql, and nothing is written outside the run", async () => {
    for (const stdin of ["SELECT writefile('/tmp/evil', 'x');\n", ".shell touch /tmp/evil\n", ".system touch /tmp/evil\n", "ATTACH '/tmp/evil.db' AS evil;\n"]) {
      const r = await run(core, "sql", "SELECT 'unreachable';\n", { stdin, limits: { cpuMs: 2000, wallMs: 5000 } });
      expect(r.exit?.status, r.stderr).toBe("RE");
      expect(r.stderr).toMatch(/safe mode/);
      expect(r.stdout).toBe("");
    }
    expect(existsSync("/evil") || existsSync("/tmp/evil") || existsSync("/tmp/evil.db")).toBe(false);
  });
});
