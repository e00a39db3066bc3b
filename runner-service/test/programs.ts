/**
 * One program of each kind per language. `greet` prints "Hello, World!" with no stdin and
 * "Hello, <line>!" when stdin has a line, so hello world and stdin echo share one compile.
 */
import type { LanguageId } from "../../contracts/languages.js";

export interface Programs {
  greet: string;
  compileError: string;
  runtimeError: string;
  /** Status and signal the runtime error must produce. */
  runtimeStatus: { status: "RE" | "SG"; signal?: string };
  /** The stdin that makes `greet` say "Hello, Duet!" ("Duet\n" unless given: SQL's stdin is setup SQL). */
  echoStdin?: string;
}

export const PROGRAMS: Record<LanguageId, Programs> = {
  javascript: {
    greet: `const name = require("fs").readFileSync(0, "utf8").split("\\n")[0].trim();\nconsole.log(\`Hello, \${name || "World"}!\`);\n`,
    compileError: `console.log("unterminated);\n`,
    runtimeError: `null.boom();\n`,
    runtimeStatus: { status: "RE" },
  },
  typescript: {
    greet: `const name: string = require("fs").readFileSync(0, "utf8").split("\\n")[0].trim();\nconsole.log(\`Hello, \${name || "World"}!\`);\n`,
    compileError: `const x: number = (;\n`,
    runtimeError: `const o: any = null;\no.boom();\n`,
    runtimeStatus: { status: "RE" },
  },
  python: {
    greet: `import sys\nline = sys.stdin.readline().strip()\nprint(f"Hello, {line or 'World'}!")\n`,
    compileError: `def f(:\n    pass\n`,
    runtimeError: `raise ValueError("boom")\n`,
    runtimeStatus: { status: "RE" },
  },
  java: {
    greet: `import java.io.*;\npublic class Main {\n  public static void main(String[] a) throws IOException {\n    String l = new BufferedReader(new InputStreamReader(System.in)).readLine();\n    System.out.println("Hello, " + (l == null || l.isBlank() ? "World" : l.trim()) + "!");\n  }\n}\n`,
    compileError: `public class Main { public static void main(String[] a) { int x = "s"; } }\n`,
    runtimeError: `public class Main { public static void main(String[] a) { throw new IllegalStateException("boom"); } }\n`,
    runtimeStatus: { status: "RE" },
  },
  cpp: {
    greet: `#include <iostream>\n#include <string>\nint main() { std::string l; std::getline(std::cin, l); std::cout << "Hello, " << (l.empty() ? "World" : l) << "!" << std::endl; }\n`,
    compileError: `int main() { return undefined_name; }\n`,
    runtimeError: `#include <stdexcept>\nint main() { throw std::runtime_error("boom"); }\n`,
    runtimeStatus: { status: "SG", signal: "SIGABRT" },
  },
  go: {
    greet: `package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n\t"strings"\n)\n\nfunc main() {\n\tl, _ := bufio.NewReader(os.Stdin).ReadString('\\n')\n\tl = strings.TrimSpace(l)\n\tif l == "" {\n\t\tl = "World"\n\t}\n\tfmt.Printf("Hello, %s!\\n", l)\n}\n`,
    compileError: `package main\n\nfunc main() { x := 1 }\n`,
    runtimeError: `package main\n\nfunc main() { panic("boom") }\n`,
    runtimeStatus: { status: "RE" },
  },
  c: {
    greet: `#include <stdio.h>\n#include <string.h>\nint main(void) { char l[256] = ""; if (!fgets(l, sizeof l, stdin)) l[0] = 0; l[strcspn(l, "\\n")] = 0; printf("Hello, %s!\\n", l[0] ? l : "World"); return 0; }\n`,
    compileError: `int main(void) { return missing; }\n`,
    runtimeError: `#include <stdio.h>\nint main(void) { volatile int *p = 0; *p = 1; puts("unreachable"); return 0; }\n`,
    runtimeStatus: { status: "SG", signal: "SIGSEGV" },
  },
  rust: {
    greet: `use std::io::BufRead;\nfn main() {\n    let mut l = String::new();\n    std::io::stdin().lock().read_line(&mut l).unwrap();\n    let l = l.trim();\n    println!("Hello, {}!", if l.is_empty() { "World" } else { l });\n}\n`,
    compileError: `fn main() { let x: i32 = "s"; }\n`,
    runtimeError: `fn main() { let v: Vec<i32> = vec![]; println!("{}", v[3]); }\n`,
    runtimeStatus: { status: "RE" },
  },
  csharp: {
    greet: `using System;\nclass Program {\n  static void Main() {\n    string l = Console.ReadLine();\n    Console.WriteLine("Hello, " + (string.IsNullOrWhiteSpace(l) ? "World" : l.Trim()) + "!");\n  }\n}\n`,
    compileError: `class Program { static void Main() { int x = "s"; } }\n`,
    runtimeError: `class Program { static void Main() { throw new System.InvalidOperationException("boom"); } }\n`,
    runtimeStatus: { status: "RE" },
  },
  ruby: {
    greet: `l = ($stdin.gets || "").strip\nputs "Hello, #{l.empty? ? "World" : l}!"\n`,
    compileError: `puts(1 +)\n`,
    runtimeError: `raise "boom"\nputs "unreachable"\n`,
    runtimeStatus: { status: "RE" },
  },
  php: {
    greet: `<?php\n$l = trim((string) fgets(STDIN));\necho "Hello, " . ($l === "" ? "World" : $l) . "!\\n";\n`,
    compileError: `<?php\n$x = (;\n`,
    runtimeError: `<?php\nthrow new Exception("boom");\necho "unreachable";\n`,
    runtimeStatus: { status: "RE" },
  },
  perl: {
    greet: `my $l = <STDIN> // "";\n$l =~ s/^\\s+|\\s+$//g;\nprint "Hello, " . ($l eq "" ? "World" : $l) . "!\\n";\n`,
    compileError: `my $x = (;\n`,
    runtimeError: `die "boom\\n";\nprint "unreachable\\n";\n`,
    runtimeStatus: { status: "RE" },
  },
  lua: {
    greet: `local l = (io.read("l") or ""):match("^%s*(.-)%s*$")\nif l == "" then l = "World" end\nprint("Hello, " .. l .. "!")\n`,
    compileError: `print(1 +)\n`,
    runtimeError: `error("boom")\nprint("unreachable")\n`,
    runtimeStatus: { status: "RE" },
  },
  bash: {
    greet: `read -r l\necho "Hello, \${l:-World}!"\n`,
    compileError: `if true; then\n  echo x\n`,
    runtimeError: `set -e\nls /nonexistent\necho unreachable\n`,
    runtimeStatus: { status: "RE" },
  },
  kotlin: {
    greet: `fun main() {\n    val l = readLine()?.trim()\n    println("Hello, \${if (l.isNullOrEmpty()) "World" else l}!")\n}\n`,
    compileError: `fun main() { val x: Int = "s" }\n`,
    runtimeError: `fun main() { throw IllegalStateException("boom") }\n`,
    runtimeStatus: { status: "RE" },
  },
  haskell: {
    greet: `import Data.Char (isSpace)\nimport System.IO\n\nmain :: IO ()\nmain = do\n  eof <- isEOF\n  l <- if eof then return "" else getLine\n  let t = reverse (dropWhile isSpace (reverse (dropWhile isSpace l)))\n  putStrLn ("Hello, " ++ (if null t then "World" else t) ++ "!")\n`,
    compileError: `main :: IO ()\nmain = putStrLn (1 :: Int)\n`,
    runtimeError: `main :: IO ()\nmain = error "boom" >> putStrLn "unreachable"\n`,
    runtimeStatus: { status: "RE" },
  },
  sql: {
    // stdin is the init script: the echo is a table it creates, read back here.
    greet: `.mode list\n.headers off\nCREATE TABLE IF NOT EXISTS input(line TEXT);\nSELECT 'Hello, ' || coalesce((SELECT line FROM input LIMIT 1), 'World') || '!';\n`,
    // No compile step: a syntax error is the run's error (RE), like every SQL error.
    compileError: `SELECT 1 +;\n`,
    runtimeError: `SELECT * FROM missing_table;\nSELECT 'unreachable';\n`,
    runtimeStatus: { status: "RE" },
    echoStdin: "CREATE TABLE input(line TEXT);\nINSERT INTO input VALUES ('Duet');\n",
  },
};
