/**
 * The runner image's conditions, emulated with real processes (no Docker engine here): started
 * by the image's entry point with the secret in RUNNER_SECRET as Cloudflare passes it; root in
 * the host's initial user namespace (refused in production unless RUNNER_HOST_ISOLATION=vm);
 * root in a user namespace mapping 65536 ids, as a pod with hostUsers: false or rootless Docker
 * gives it, where the cgroup tree is not the runner's to write (no cgroups: the languages without
 * a hard memory limit are unavailable, Python still runs); and a host whose cgroups lack the pids
 * controller (memory still held by the cgroup, processes by RLIMIT_NPROC). Each asserts on
 * /healthz or the exit message and runs at most a tiny program or two.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors.js";
import { RunEventSchema, type RunRequest } from "../../contracts/runner.js";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../launch/secret-file.mjs";
import { NO_MEMORY_LIMIT } from "../src/core/availability.js";
import { removeTree } from "../src/core/process-dirs.js";
import { inInitialUserNamespace } from "../src/safety.js";
import { hostProcessesMatching } from "./helpers.js";
import { PROGRAMS } from "./programs.js";
import { healthy, ROOT, startService, type Service } from "./service.js";

const SECRET = "image-test-secret-0123456789abcdef";
const asRoot = process.getuid?.() === 0;
const rootOnHost = asRoot && inInitialUserNamespace(readFileSync("/proc/self/uid_map", "utf8"));
const scratch = mkdtempSync(join(process.env.DUET_RUNNER_TEST_DIR ?? tmpdir(), "image-"));
chmodSync(scratch, 0o711); // the sandbox user reaches the run's files in the data dirs in here
afterAll(() => removeTree(scratch));
let dirs = 0;
const dataDir = () => join(scratch, `data-${++dirs}`);
const PRODUCTION = { DUET_ENV: "production", NODE_ENV: "production", RUNNER_CONCURRENCY: "2" };

async function post(s: Service, req: Pick<RunRequest, "language" | "files" | "limits">) {
  const res = await fetch(`${s.base}/v1/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
    body: JSON.stringify(req),
  });
  if (!res.ok) return { status: res.status, error: ErrorBodySchema.parse(await res.json()).error, stdout: "", exit: undefined };
  const events = (await res.text()).trim().split("\n").map((l) => RunEventSchema.parse(JSON.parse(l)));
  const stdout = events.flatMap((e) => (e.type === "output" && e.stream === "stdout" ? [e.data] : [])).join("");
  return { status: res.status, error: undefined, stdout, exit: events.filter((e) => e.type === "exit").at(-1) };
}
const python = (content: string, limits?: RunRequest["limits"]) => ({ language: "python" as const, files: [{ name: "main.py", content }], limits });

async function stopped(s: Service) {
  s.stop();
  await s.exited;
}

describe.runIf(rootOnHost)("root in the host's initial user namespace", () => {
  it("production refuses to start, saying why and what to do", async () => {
    const secret = writeRunnerSecret(SECRET, join(scratch, "secret-refused"));
    const s = await startService({ ...PRODUCTION, ...secret.env, RUNNER_DATA_DIR: dataDir() });
    try {
      expect(await s.exited).toBe(1);
      expect(s.output()).toMatch(/refusing to start in production: the runner is root in the host's initial user namespace .*RUNNER_HOST_ISOLATION=vm/);
    } finally {
      s.stop();
    }
  });

  it("with RUNNER_HOST_ISOLATION=vm it starts through the image's entry point, which moves RUNNER_SECRET into a 0600 file", async () => {
    const secretPath = join(scratch, "run-secrets", "runner");
    const entry = ["/bin/sh", join(ROOT, "runner-service/launch/container-entry.sh")];
    const s = await startService({ ...PRODUCTION, RUNNER_HOST_ISOLATION: "vm", RUNNER_SECRET: SECRET, RUNNER_SECRET_FILE: secretPath, RUNNER_DATA_DIR: dataDir() }, entry);
    try {
      const health = await healthy(s);
      expect(health).toMatchObject({ warnings: [], concurrency: 2, draining: false });
      // The entry point exec'd the runner: same pid, and the secret is in the file, not the environment.
      expect(readlinkSync(`/proc/${s.pid}/exe`)).toBe(process.execPath);
      expect(readFileSync(`/proc/${s.pid}/environ`, "latin1")).not.toContain(SECRET);
      expect(readFileSync(secretPath, "utf8")).toBe(`${SECRET}\n`);
      expect(statSync(secretPath).mode & 0o777).toBe(0o600);
      expect(await post(s, python(PROGRAMS.python.greet))).toMatchObject({ status: 200, stdout: "Hello, World!\n" });
    } finally {
      await stopped(s);
    }
  });
});

/**
 * Root in a user namespace whose 65536 ids start at host uid 200000 (what Kubernetes' hostUsers:
 * false gives a pod). Perl makes the namespace, waits for the test to write its maps (as the
 * newuidmap helper would), becomes its root and execs the runner; nothing the test leaves on the
 * host (data dir, TMPDIR, secret) belongs to the runner unless handed over with chown.
 */
const USERNS_BASE = 200_000;
const UNSHARE_SYSCALL: Record<string, number> = { x64: 272, arm64: 97 };
const userNsWrapper = [
  "/usr/bin/perl",
  "-e",
  `syscall(${UNSHARE_SYSCALL[process.arch]}, 0x10000000) == 0 or die "unshare: $!";
   my $map = ""; until ($map) { open(my $f, "<", "/proc/self/uid_map") or die; local $/; $map = <$f>; select(undef, undef, undef, 0.01) unless $map; }
   $) = "0 0"; $( = 0; $< = $> = 0; exec @ARGV or die "exec: $!";`,
];

async function mapUserNamespace(pid: number): Promise<void> {
  const own = readlinkSync("/proc/self/ns/user");
  await vi.waitFor(() => expect(readlinkSync(`/proc/${pid}/ns/user`)).not.toBe(own), { timeout: 5000, interval: 10 });
  writeFileSync(`/proc/${pid}/uid_map`, `0 ${USERNS_BASE} 65536\n`);
  writeFileSync(`/proc/${pid}/gid_map`, `0 ${USERNS_BASE} 65536\n`);
}

function ownedByNamespaceRoot(path: string): string {
  mkdirSync(path, { recursive: true });
  chownSync(path, USERNS_BASE, USERNS_BASE);
  return path;
}

describe.runIf(asRoot && UNSHARE_SYSCALL[process.arch] && existsSync("/usr/bin/perl"))("root in a user namespace (a pod with hostUsers: false)", () => {
  it("production starts; without a cgroup it may write, JavaScript, TypeScript, Java and Go are unavailable and Python runs", async () => {
    const secretPath = join(ownedByNamespaceRoot(join(scratch, "userns-secret")), "secret");
    writeRunnerSecret(SECRET, secretPath);
    chownSync(secretPath, USERNS_BASE, USERNS_BASE);
    const env = { ...PRODUCTION, RUNNER_SECRET_FILE: secretPath, RUNNER_DATA_DIR: ownedByNamespaceRoot(dataDir()), TMPDIR: ownedByNamespaceRoot(join(scratch, "userns-tmp")) };
    const s = await startService(env, userNsWrapper);
    try {
      await mapUserNamespace(s.pid);
      const health = await healthy(s);
      expect(readFileSync(`/proc/${s.pid}/uid_map`, "utf8").trim().split(/\s+/)).toEqual(["0", String(USERNS_BASE), "65536"]);
      expect(health.warnings).toEqual([]);
      expect(health.sandbox).toMatchObject({ uids: { service: 0, sandbox: 65534 }, cgroups: "none", memoryLimit: "rlimit", processLimit: "rlimit" });
      for (const id of ["javascript", "typescript", "java", "go"]) expect(health.availability[id]).toEqual({ available: false, reason: NO_MEMORY_LIMIT });
      for (const id of ["python", "c", "cpp", "rust"]) expect(health.availability[id]).toEqual({ available: true, reason: null });
      expect(await post(s, python(PROGRAMS.python.greet))).toMatchObject({ status: 200, stdout: "Hello, World!\n", exit: { status: "OK" } });
      const java = await post(s, { language: "java", files: [{ name: "Main.java", content: PROGRAMS.java.greet }] });
      expect(java).toMatchObject({ status: 503, error: { code: "runner_unavailable", message: expect.stringContaining(NO_MEMORY_LIMIT) } });
    } finally {
      await stopped(s);
    }
  });
});

/** A private mount namespace in which the v1 pids hierarchy is unmounted: the runner finds memory but no pids controller. */
const v1Pids = readFileSync("/proc/self/mountinfo", "utf8").split("\n").some((l) => / - cgroup cgroup \S*\bpids\b/.test(l));
const withoutPids = ["/usr/bin/unshare", "--mount", "--propagation", "private", "--", "/bin/sh", "-c", 'umount /sys/fs/cgroup/pids && exec "$@"', "sh"];

describe.runIf(asRoot && v1Pids)("cgroups without the pids controller", () => {
  it("memory stays a cgroup limit (a program past it gets ML) and RLIMIT_NPROC stops a fork bomb", async () => {
    const secret = writeRunnerSecret(SECRET, join(scratch, "secret-nopids"));
    const s = await startService({ ...secret.env, RUNNER_DATA_DIR: dataDir() }, withoutPids);
    try {
      const health = await healthy(s);
      expect(health.sandbox).toMatchObject({ cgroups: "v1", memoryLimit: "cgroup", processLimit: "rlimit" });
      expect(Object.values(health.availability).every((a) => a.available)).toBe(true);
      const hog = await post(s, python(`data = b"x" * (256 * 1024 * 1024)\nprint(len(data))\n`, { memoryMb: 64 }));
      expect(hog.exit).toMatchObject({ status: "ML" });
      // Children that linger, forked until the kernel says no: the cap is the run's 64 processes.
      const bomb = await post(s, python(`import os, time\nn = 0\ntry:\n    while n < 1000:\n        if os.fork() == 0:\n            time.sleep(754.321)\n            os._exit(0)\n        n += 1\nexcept OSError as e:\n    print(n, e.errno)\n`));
      const [forked, errno] = bomb.stdout.trim().split(" ").map(Number);
      expect(bomb.exit, bomb.stdout).toMatchObject({ status: "OK" });
      expect(forked).toBeGreaterThan(0);
      expect(forked).toBeLessThan(64);
      expect(errno).toBe(11); // EAGAIN: RLIMIT_NPROC
      await vi.waitFor(() => expect(hostProcessesMatching("754.321")).toEqual([]));
    } finally {
      await stopped(s);
    }
  });
});
