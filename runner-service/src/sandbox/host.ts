/**
 * What this host gives the sandbox: bubblewrap and prlimit, the toolchain roots to bind
 * read-only, the runner's own tools (node, esbuild) and which languages can run here.
 * Probed once at startup; a missing piece makes a language unavailable, never a crash.
 */
import { accessSync, constants, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Language } from "../../../contracts/languages.js";
import type { Bind, HostLayout } from "./bwrap-args.js";
import { DEFAULT_SECCOMP_FILE, loadSeccompFilter } from "./seccomp.js";

export interface Host {
  bwrap: string | null;
  /** Why sandboxed runs are impossible here (no bwrap ≥ 0.8, no user namespaces, no prlimit). */
  problem: string | null;
  layout: HostLayout;
  /** The runner's own tools, bound at fixed sandbox paths named in the manifest. */
  tools: Bind[];
  /** When the service runs as root the sandbox is started as this unprivileged user. */
  spawnAs: { uid: number; gid: number } | null;
  /** The uid the runner itself runs as, and the one its sandboxes have on the host. */
  uids: { service: number; sandbox: number };
  /** The BPF program for `bwrap --seccomp` (null: runs go unfiltered, `seccompProblem` says why). */
  seccomp: Buffer | null;
  seccompProblem: string | null;
}

const ROOTS = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
const ETC = ["/etc/alternatives", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime"];
/** Runtimes' config outside /usr: Mono's (mcs finds no file without it), PHP's extensions, GHC's package database. */
const TOOLCHAIN_CONFIG = ["/etc/mono", "/etc/php", "/var/lib/ghc"];
/** `nobody`: the sandbox never runs with the service's root uid, even inside its user namespace. */
const NOBODY = 65534;

export function probeHost(env = process.env, seccompFile: string | null = env.RUNNER_SECCOMP_FILE || DEFAULT_SECCOMP_FILE): Host {
  const bwrap = which("bwrap", env.PATH);
  const layout: HostLayout = { roots: rootLayout(), etc: etcPaths(), seccomp: false };
  const tools = toolBinds();
  const service = process.getuid?.() ?? 0;
  const sandboxUid = Number(env.RUNNER_SANDBOX_UID ?? NOBODY);
  const spawnAs = service === 0 ? { uid: sandboxUid, gid: sandboxUid } : null;
  const loaded = seccompFile ? loadSeccompFilter(seccompFile) : { filter: null, problem: "no seccomp filter configured" };
  let problem: string | null = null;
  if (!bwrap) problem = "bubblewrap (bwrap) is not installed: run scripts/install-toolchains.sh";
  else if (!isExecutable("/usr/bin/prlimit")) problem = "/usr/bin/prlimit (util-linux) is missing";
  else if (!safeExec(bwrap, ["--help"]).includes("--disable-userns")) problem = "bubblewrap is older than 0.8 (no --disable-userns): upgrade it";
  else problem = smokeTest(bwrap, layout, spawnAs, loaded.filter);
  layout.seccomp = loaded.filter !== null;
  return {
    bwrap, problem, layout, tools, spawnAs,
    uids: { service, sandbox: spawnAs?.uid ?? service },
    seccomp: loaded.filter,
    seccompProblem: loaded.problem,
  };
}

/** One real sandbox with the real filter (on stdin): namespaces and the BPF program both work here. */
function smokeTest(bwrap: string, layout: HostLayout, spawnAs: Host["spawnAs"], filter: Buffer | null): string | null {
  const smoke = ["--unshare-all", "--unshare-user", "--disable-userns", "--ro-bind", "/usr", "/usr", ...rootArgs(layout)];
  if (filter) smoke.push("--seccomp", "0");
  try {
    execFileSync(bwrap, [...smoke, "--", "/usr/bin/true"], { input: filter ?? "", stdio: "pipe", timeout: 5000, ...(spawnAs ?? {}) });
    return null;
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim();
    return `bubblewrap cannot create a sandbox here (${stderr}); the host must allow unprivileged user namespaces`;
  }
}

/** Why a language's toolchain cannot run here (null: every path it requires exists, /opt/duet/* via our own tool binds). */
export function missingToolchain(lang: Language, host: Host): string | null {
  if (host.problem) return `no sandbox: ${host.problem}`;
  const missing = lang.requires.find((p) => {
    const tool = host.tools.find((t) => t.dest === p);
    return !isExecutable(tool ? tool.src : p);
  });
  return missing ? `the ${lang.displayName} toolchain is not installed on this runner (${missing} is missing)` : null;
}

function toolBinds(): Bind[] {
  const binds: Bind[] = [{ src: realpathSync(process.execPath), dest: "/opt/duet/node" }];
  const esbuild = findEsbuild();
  if (esbuild) binds.push({ src: esbuild, dest: "/opt/duet/esbuild" });
  return binds;
}

/** esbuild's npm package ships its native binary; that static binary is all the sandbox needs. */
function findEsbuild(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve("esbuild/package.json"));
    const candidates = [join(pkg, "bin/esbuild")];
    try {
      candidates.push(createRequire(join(pkg, "x")).resolve(`@esbuild/${process.platform}-${process.arch}/bin/esbuild`));
    } catch {
      // the platform package is optional when esbuild/bin/esbuild is already native
    }
    return candidates.find((c) => existsSync(c) && isElf(c)) ?? null;
  } catch {
    return null;
  }
}

function isElf(path: string): boolean {
  return readFileSync(path).subarray(0, 4).toString("latin1") === "\x7fELF";
}

function rootLayout(): HostLayout["roots"] {
  const out: HostLayout["roots"] = [];
  for (const path of ROOTS) {
    try {
      const st = lstatSync(path);
      if (st.isSymbolicLink()) out.push({ path, symlinkTo: readlinkSync(path) });
      else if (st.isDirectory()) out.push({ path });
    } catch {
      // absent on this distribution
    }
  }
  return out;
}

function rootArgs(layout: HostLayout): string[] {
  return layout.roots
    .filter((r) => r.path !== "/usr")
    .flatMap((r) => (r.symlinkTo ? ["--symlink", r.symlinkTo, r.path] : ["--ro-bind", r.path, r.path]));
}

/** The host paths outside the roots that the sandbox binds read-only: those of ETC, TOOLCHAIN_CONFIG and the JDK's /etc/java-* that exist. */
export function etcPaths(): string[] {
  let javaConf: string[] = [];
  try {
    javaConf = readdirSync("/etc").filter((n) => n.startsWith("java-")).map((n) => `/etc/${n}`);
  } catch {
    // no /etc listing: the JDK (if any) just lacks its config
  }
  return [...ETC, ...TOOLCHAIN_CONFIG, ...javaConf].filter((p) => existsSync(p));
}

function which(bin: string, path = ""): string | null {
  for (const dir of [...path.split(":"), "/usr/bin", "/bin", "/usr/local/bin"]) {
    if (dir && isExecutable(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function safeExec(bin: string, args: string[]): string {
  try {
    return execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? "");
  }
}
