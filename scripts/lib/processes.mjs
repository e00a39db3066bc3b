// Starting the product's long-running parts (runner, wrangler dev) and waiting until they answer.
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";

/** Spawns a child in its own process group so that stopping it stops everything it started. */
export function startProcess(name, command, args, { env = {}, cwd, quiet = false, logFile } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    detached: true,
  });
  let output = "";
  if (quiet) {
    const keep = (d) => (output = (output + d).slice(-20_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    // Everything it says, each line with the time it was read: evidence when a test meets a stall.
    if (logFile) {
      const log = createWriteStream(logFile, { flags: "a" });
      child.stdout.on("data", stampedLines(log));
      child.stderr.on("data", stampedLines(log));
      child.on("exit", () => log.end());
    }
  }
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A stream's data handler writing each whole line to `log` after the time it arrived. */
function stampedLines(log) {
  let partial = "";
  return (d) => {
    const lines = (partial + d).split("\n");
    partial = lines.pop();
    for (const line of lines) log.write(`${new Date().toISOString()} ${line}\n`);
  };
}

/** Polls `url` until it answers 2xx, the process exits, or `ms` pass. */
export async function waitForHttp(url, proc, ms = 60_000) {
  const deadline = Date.now() + ms;
  let exited = false;
  proc?.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${proc.name} exited before ${url} answered\n${proc.output()}`);
    try {
      // wrangler dev's proxy accepts connections while its worker fails to build: never wait on one forever
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms\n${proc?.output() ?? ""}`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * `wrangler dev` for this project on `port`, with vars overriding .dev.vars/wrangler.toml. Runs go
 * to runners by URL (RUNNER_TRANSPORT "urls"): locally there are no containers ([dev] enable_containers = false).
 */
export function startWranglerDev(root, { port, vars = {}, persistTo, quiet = false, logFile, logLevel = quiet && !logFile ? "warn" : "info" }) {
  const args = ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"];
  for (const [k, v] of Object.entries({ RUNNER_TRANSPORT: "urls", ...vars })) args.push("--var", `${k}:${v}`);
  if (persistTo) args.push("--persist-to", persistTo);
  return startProcess("wrangler dev", "npx", args, {
    cwd: root,
    quiet,
    logFile,
    // "warn" and "info" also silence the Worker's own console.log lines; a test that reads them asks for "log"
    env: { WRANGLER_SEND_METRICS: "false", WRANGLER_LOG: logLevel, NO_COLOR: "1" },
  });
}

/** Applies the D1 migrations in migrations/ to the local D1 (the one `wrangler dev` uses). */
export function applyLocalMigrations(root, { persistTo } = {}) {
  const args = ["wrangler", "d1", "migrations", "apply", "DB", "--local"];
  if (persistTo) args.push("--persist-to", persistTo);
  execFileSync("npx", args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" } });
}
