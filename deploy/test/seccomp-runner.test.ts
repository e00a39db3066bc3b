/**
 * The pod's seccomp profile loaded for real: deploy/k8s/seccomp/duet-runner.json is built into a
 * libseccomp filter by a small loader (deploy/test/seccomp-exec.c, what containerd or CRI-O do
 * with a Localhost profile), which then execs a local runner with only the pod's capabilities.
 * Bubblewrap starting at all under it proves clone/unshare/mount/pivot_root are allowed; hello
 * world must pass in every language; the syscalls the profile denies answer EPERM.
 *
 * Needs gcc and libseccomp-dev (scripts/install-toolchains.sh installs both, as `npm test` does),
 * bubblewrap, python3 and g++, and root (as CI runs) to drop to the pod's capability set.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, LANGUAGES_BY_ID } from "../../contracts/languages.js";
import { RunEventSchema } from "../../contracts/runner.js";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";
// @ts-expect-error: plain ESM build step shared with scripts/setup.mjs
import { ensureSeccompFilter } from "../../runner-service/seccomp/build.mjs";
import { PROGRAMS } from "../../runner-service/test/programs.js";
// @ts-expect-error: plain ESM helper shared with the start script
import { freePort, startProcess, waitForHttp } from "../../scripts/lib/processes.mjs";
import { K8S_DIR, type KubeObject, readYaml } from "./manifests.js";
import { flattenProfile, readProfile } from "./seccomp-profile.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
const SECRET = "seccomp-profile-test-4b1d9e07c2";
const NOBODY = "65534";

/** The capabilities the Deployment adds after dropping ALL (manifests.test.ts checks them against the Dockerfile). */
function podCapabilities(): string[] {
  const [deployment] = readYaml(join(K8S_DIR, "deployment.yaml")) as (KubeObject & { spec: { template: { spec: { containers: { securityContext: { capabilities: { add: string[] } } }[] } } } })[];
  return deployment.spec.template.spec.containers[0].securityContext.capabilities.add;
}

/** gcc against libseccomp, with the prerequisite named when it is missing. */
function compile(source: string, out: string): string {
  const r = spawnSync("gcc", ["-O2", "-Wall", "-Wextra", "-Werror", "-o", out, join(HERE, source), "-lseccomp"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot build ${source} (needs gcc and libseccomp-dev: bash scripts/install-toolchains.sh): ${r.error?.message ?? r.stderr}`);
  return out;
}

type Runner = { child: { pid: number }; exited: Promise<unknown>; output: () => string; stop: () => Promise<void> };

describe.runIf(process.getuid?.() === 0)("the runner under the pod's seccomp profile and capabilities", () => {
  const dir = mkdtempSync(join(tmpdir(), "duet-pod-seccomp-"));
  chmodSync(dir, 0o711); // sandboxes run as nobody and must reach their files in the data dir below
  let loader: string;
  let probe: string;
  let rules: string;
  let runner: Runner;
  let base: string;

  beforeAll(async () => {
    const sandboxFilter = ensureSeccompFilter();
    if (sandboxFilter.problem) throw new Error(sandboxFilter.problem);
    loader = compile("seccomp-exec.c", join(dir, "seccomp-exec"));
    probe = compile("syscall-probe.c", join(dir, "syscall-probe"));
    rules = join(dir, "duet-runner.rules");
    writeFileSync(rules, flattenProfile(readProfile()));
    const secret = writeRunnerSecret(SECRET, join(dir, "secret"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The order a runtime uses: seccomp first (the loader), then the capability set, then the entrypoint.
    const caps = podCapabilities().map((c) => `+${c.toLowerCase()}`).join(",");
    runner = startProcess("runner (pod seccomp profile)", loader, [rules, "/usr/bin/setpriv", `--bounding-set=-all,${caps}`, "--inh-caps=-all", "--", process.execPath, "--import", "tsx", join(ROOT, "runner-service/src/main.ts")], {
      cwd: ROOT,
      quiet: true,
      env: {
        ...secret.env, DUET_ENV: "test", RUNNER_HOST: "127.0.0.1", RUNNER_PORT: String(port), RUNNER_CONCURRENCY: "2",
        RUNNER_DATA_DIR: join(dir, "data"), RUNNER_SECCOMP_FILE: sandboxFilter.path,
      },
    });
    await waitForHttp(`${base}/healthz`, runner, 45_000);
  });

  afterAll(async () => {
    await runner?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("confines the runner process itself (filter loaded, no new privileges, only the pod's capabilities), its sandboxes' own filter stacked on top", async () => {
    const status = readFileSync(`/proc/${runner.child.pid}/status`, "utf8");
    expect(status).toMatch(/^Seccomp:\s+2$/m);
    expect(status).toMatch(/^NoNewPrivs:\s+1$/m);
    const capEff = BigInt(`0x${/^CapEff:\s+([0-9a-f]+)$/m.exec(status)?.[1]}`);
    // capability numbers (linux/capability.h): CHOWN 0, DAC_OVERRIDE 1, FOWNER 3, KILL 5, SETGID 6, SETUID 7
    expect(capEff).toBe((1n << 0n) | (1n << 1n) | (1n << 3n) | (1n << 5n) | (1n << 6n) | (1n << 7n));
    const health = (await (await fetch(`${base}/healthz`)).json()) as { sandbox: { seccomp: string } };
    expect(health.sandbox.seccomp).toBe("loaded");
  });

  // Every language the image ships: an allow list must hold for the JVM, Go and V8 as well as for bubblewrap.
  it.each(LANGUAGES.map((l) => l.id))("builds sandboxes with bubblewrap and runs hello world in %s", async (language) => {
    const res = await fetch(`${base}/v1/runs`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ language, files: [{ name: LANGUAGES_BY_ID[language].fileName, content: PROGRAMS[language].greet }] }),
    });
    const events = (await res.text()).trim().split("\n").map((l) => RunEventSchema.parse(JSON.parse(l)));
    const stdout = events.flatMap((e) => (e.type === "output" && e.stream === "stdout" ? [e.data] : [])).join("");
    const exit = events.filter((e) => e.type === "exit").at(-1);
    expect({ status: res.status, stdout, exit: exit?.status }, `${JSON.stringify(events)}\n${runner.output()}`).toEqual({ status: 200, stdout: "Hello, World!\n", exit: "OK" });
  });

  it("serves the two gauges the KEDA trigger sums", async () => {
    const metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${SECRET}` } })).text();
    expect(metrics).toMatch(/^runner_running \d+$/m);
    expect(metrics).toMatch(/^runner_queued \d+$/m);
  });

  it("answers EPERM to the syscalls it denies, which the same calls outside it do not get", () => {
    const names = ["getppid", "ptrace", "keyctl", "bpf", "io_uring_setup", "setns", "perf_event_open", "userfaultfd"];
    const errnos = (argv: string[]) => Object.fromEntries(execFileSync(argv[0], argv.slice(1), { encoding: "utf8" }).trim().split("\n").map((l) => l.split(" ")));
    const outside = errnos([probe, ...names]);
    const inside = errnos([loader, rules, probe, ...names]);
    const EPERM = "1";
    expect(Object.values(outside).filter((e) => e === EPERM)).toEqual([]);
    expect(inside).toEqual({ ...Object.fromEntries(names.map((n) => [n, EPERM])), getppid: "0" });
  });

  it("is what lets bubblewrap work: the same profile with pivot_root denied stops it", () => {
    const withoutPivotRoot = join(dir, "no-pivot-root.rules");
    writeFileSync(withoutPivotRoot, readFileSync(rules, "utf8").replace("rule ALLOW 1 pivot_root\n", "rule ERRNO 1 pivot_root\n"));
    const bwrap = ["/usr/bin/setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", "--", "bwrap", "--unshare-all", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--", "/usr/bin/true"];
    expect(spawnSync(loader, [rules, ...bwrap], { encoding: "utf8" })).toMatchObject({ status: 0 });
    const refused = spawnSync(loader, [withoutPivotRoot, ...bwrap], { encoding: "utf8" });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/pivot_root.*Operation not permitted/);
  });
});
