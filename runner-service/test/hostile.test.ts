/**
 * Acceptance: hostile programs are contained with the right status, and the host is unaffected
 * (no leftover processes or cgroups, no host files read or written). Short limits keep it fast.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { hostProcessesMatching, run, testCore } from "./helpers.js";

const core = testCore({ concurrency: 2 });
const fast = { cpuMs: 1000, wallMs: 3000 };

/** Record the cgroups this core creates (other test files share the parent), to check they are gone. */
const created: string[] = [];
const hierarchy = core.cgroups.hierarchy;
if (hierarchy) {
  const create = hierarchy.create.bind(hierarchy);
  hierarchy.create = (name, limits) => (created.push(name), create(name, limits));
}

function leftoverCgroups(): string[] {
  const parents: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4 || !existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (e.name === "duet-runner") parents.push(`${dir}/duet-runner/p${process.pid}`);
      else walk(`${dir}/${e.name}`, depth + 1);
    }
  };
  walk("/sys/fs/cgroup", 0);
  return created.filter((name) => parents.some((p) => existsSync(`${p}/${name}`)));
}

describe.concurrent("hostile programs", () => {
  it("fork bomb: stopped by the pids limit, killed on CPU time, nothing survives", async () => {
    const src = `#include <unistd.h>\nint main(void) { for (;;) fork(); }\n`;
    const r = await run(core, "c", src, { limits: fast });
    expect(r.exit?.status).toBe("TO");
    expect(r.exit?.memoryKb).toBeGreaterThan(0);
  });

  it("memory bomb: killed by the cgroup and reported as ML, not RE", async () => {
    const src = `#include <stdlib.h>\n#include <string.h>\nint main(void) { for (;;) { char *p = malloc(1 << 24); if (!p) return 3; memset(p, 1, 1 << 24); } }\n`;
    const r = await run(core, "c", src, { limits: { memoryMb: 64 } });
    expect(r.exit?.status).toBe("ML");
    expect(r.exit?.memoryKb).toBeGreaterThan(32 * 1024);
  });

  it("memory bomb in Python: ML as well", async () => {
    const r = await run(core, "python", `x = b"x" * (1 << 30)\nprint(len(x))\n`, { limits: { memoryMb: 64 } });
    expect(r.exit?.status).toBe("ML");
  });

  it.each([
    ["java", `public class Main { public static void main(String[] a) { java.util.List<long[]> l = new java.util.ArrayList<>(); for (;;) l.add(new long[1 << 20]); } }\n`],
    ["javascript", `const a = []; for (;;) a.push(new Array(1 << 20).fill(1));\n`],
    ["go", `package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tb := make([]byte, 1<<24)\n\t\tfor i := range b {\n\t\t\tb[i] = 1\n\t\t}\n\t\tkeep = append(keep, b)\n\t}\n}\n`],
  ] as const)("memory bomb in %s: ML (runtime heap limit or cgroup)", async (language, src) => {
    const r = await run(core, language, src, { limits: { memoryMb: 128 } });
    expect(r.exit?.status).toBe("ML");
  });

  it("a program that ignores a large stdin still exits OK", async () => {
    const r = await run(core, "python", `print("ignored")\n`, { stdin: "x".repeat(1024 * 1024) });
    expect(r.exit?.status).toBe("OK");
    expect(r.stdout).toBe("ignored\n");
  });

  it("infinite loop: TO on CPU time", async () => {
    // A roomy wall limit, so that on a loaded CI host it is still the CPU clock that fires.
    const r = await run(core, "c", `int main(void) { for (volatile int i = 0;; i++); }\n`, { limits: { cpuMs: 1000, wallMs: 15_000 } });
    expect(r.exit?.status).toBe("TO");
    expect(r.exit?.timeMs).toBeGreaterThanOrEqual(900);
    expect(r.exit?.wallMs).toBeLessThan(14_000);
  });

  it("sleeping past the wall limit: TO on wall time with little CPU", async () => {
    const r = await run(core, "python", `import time\nprint("zz", flush=True)\ntime.sleep(30)\n`, { limits: { wallMs: 1000 } });
    expect(r.exit?.status).toBe("TO");
    expect(r.stdout).toBe("zz\n");
    expect(r.exit?.wallMs).toBeGreaterThanOrEqual(1000);
    expect(r.exit?.wallMs).toBeLessThan(5000);
    expect(r.exit?.timeMs).toBeLessThan(500);
  });

  it("100 MB of output: OL once past the total cap, only the streamed cap sent", async () => {
    const src = `#include <stdio.h>\n#include <string.h>\nint main(void) { char b[4096]; memset(b, 'x', sizeof b); for (int i = 0; i < 25600; i++) fwrite(b, 1, sizeof b, stdout); return 0; }\n`;
    const r = await run(core, "c", src);
    expect(r.exit).toMatchObject({ status: "OL", truncated: true });
    expect(r.stdout.length).toBe(64 * 1024);
  });

  it("writing outside the work dir fails; /box and /tmp are writable", async () => {
    const src = `import os
for p in ["/usr/evil", "/etc/evil", "/evil", "/opt/duet/evil", "/proc/evil", "/dev/evil", "/box/../evil", "/box/main.py", "/dev/null"]:
    try:
        open(p, "w").write("x"); print("WROTE", p)
    except OSError as e:
        print("blocked", p, e.errno)
for p in ["/box/ok", "/tmp/ok", "/dev/shm/ok"]:
    open(p, "w").write("x"); print("ok", p)
`;
    const r = await run(core, "python", src);
    expect(r.exit?.status).toBe("OK");
    expect(r.stdout).not.toMatch(/WROTE (?!\/dev\/null)/);
    expect(r.stdout.match(/^blocked/gm)).toHaveLength(8);
    expect(r.stdout).toContain("ok /box/ok\nok /tmp/ok\nok /dev/shm/ok\n");
    expect(existsSync("/evil") || existsSync("/usr/evil")).toBe(false);
  });

  it("host files that are not bound in cannot be read, nor the runner's environment", async () => {
    process.env.DUET_CANARY = "canary-7c1f";
    const src = `import os, glob
for p in ["/etc/shadow", "/etc/passwd", "/root/.bashrc", "/work/main/package.json", "/home", "/sys/fs/cgroup", "/var/run/docker.sock"]:
    print(p, "EXISTS" if os.path.exists(p) else "absent")
envs = "".join(open(f, "rb").read().decode(errors="ignore") for f in glob.glob("/proc/*/environ") if os.access(f, os.R_OK))
print("canary" if "canary-7c1f" in envs or "canary-7c1f" in str(os.environ) else "clean", "pids", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
`;
    const r = await run(core, "python", src);
    expect(r.stdout).not.toContain("EXISTS");
    expect(r.stdout).toMatch(/^clean pids \[1, 2\]$/m); // only the sandbox's init and the program
  });

  it("no network: sockets cannot reach anything", async () => {
    const src = `import socket
for target in [("1.1.1.1", 53), ("10.0.0.1", 80)]:
    try:
        socket.create_connection(target, timeout=2); print("CONNECTED", target)
    except OSError as e:
        print("blocked", e.errno)
try:
    socket.getaddrinfo("example.com", 80); print("RESOLVED")
except OSError:
    print("no dns")
`;
    const r = await run(core, "python", src);
    expect(r.stdout).not.toMatch(/CONNECTED|RESOLVED/);
    expect(r.stdout).toContain("no dns");
  });

  it("a background process cannot outlive the run", async () => {
    const src = `import subprocess, os\nsubprocess.Popen(["/usr/bin/sleep", "987.654"], start_new_session=True)\nif os.fork() == 0:\n    os.setsid(); os.execv("/usr/bin/sleep", ["sleep", "987.655"])\nprint("spawned")\n`;
    const r = await run(core, "python", src);
    expect(r.exit?.status).toBe("OK");
    expect(r.stdout).toBe("spawned\n");
    await new Promise((res) => setTimeout(res, 100));
    expect(hostProcessesMatching("987.65")).toEqual([]);
  });

  it("filling the tmpfs stops at its size (ENOSPC), and file size at RLIMIT_FSIZE (EFBIG)", async () => {
    const src = `import errno
chunk = b"x" * (1 << 20)
total = 0
try:
    for i in range(200):
        with open(f"/box/f{i}", "wb") as f:
            for _ in range(8): f.write(chunk); total += len(chunk)
except OSError as e:
    print("stopped", errno.errorcode[e.errno], total >> 20)
try:
    with open("/tmp/big", "wb") as f:
        for _ in range(20): f.write(chunk)
except OSError as e:
    print("big", errno.errorcode[e.errno])
`;
    const r = await run(core, "python", src, { limits: { memoryMb: 256 } });
    expect(r.exit?.status).toBe("OK");
    const m = /stopped ENOSPC (\d+)/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(64);
    expect(r.stdout).toContain("big EFBIG");
  });

  it("a symlink pointing out of the box resolves inside the sandbox, not on the host", async () => {
    const src = `import os
os.symlink("/etc/shadow", "/box/s1"); os.symlink("/root", "/tmp/s2"); os.symlink("/work/main/package.json", "/box/s3")
for p in ["/box/s1", "/tmp/s2/.bashrc", "/box/s3"]:
    try:
        open(p).read(); print("READ", p)
    except OSError as e:
        print("blocked", p)
`;
    const r = await run(core, "python", src);
    expect(r.stdout).not.toContain("READ");
    expect(r.stdout.match(/^blocked/gm)).toHaveLength(3);
  });
});

describe("after the hostile runs", () => {
  it("leaves no processes, cgroups or queue slots behind", async () => {
    expect(core.queue.running).toBe(0);
    // A cgroup can only be removed once every process in it is gone, so this also proves that
    // nothing (fork bomb children included) outlived its run.
    if (hierarchy) expect(created.length).toBeGreaterThan(10);
    await vi.waitFor(() => expect(leftoverCgroups()).toEqual([]), { timeout: 2000 }); // removal is async
  });
});
