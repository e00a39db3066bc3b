/**
 * The sandbox from the attacker's side: inside a run, the syscalls the seccomp filter denies
 * fail with the filter's errno (not the kernel's own answer, so each check fails if the filter
 * is gone), runtimes still start threads, and from the host a sandboxed process never has the
 * service's uid.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { hostProcessesMatching, run, testCore } from "./helpers.js";

const core = testCore({ concurrency: 2 });
const asRoot = process.getuid?.() === 0;
const probe = readFileSync(new URL("./programs/seccomp-probe.c", import.meta.url), "utf8");

describe.concurrent("seccomp", () => {
  // CI runs as root and builds the filter in the global setup; elsewhere it may be absent (warned).
  it.skipIf(!asRoot && !core.host.seccomp)("denies kernel attack surface with EPERM, clone3 with ENOSYS", async () => {
    const r = await run(core, "c", probe);
    expect(r.exit?.status).toBe("OK");
    const seen = Object.fromEntries(r.stdout.trim().split("\n").map((l) => l.split(" ")));
    expect(seen).toEqual({
      seccomp_mode: "2", // filtered (0 would mean no filter at all)
      io_uring_setup: "EPERM",
      keyctl: "EPERM",
      add_key: "EPERM",
      perf_event_open: "EPERM", // the kernel's own perf_event_paranoid answers EACCES
      userfaultfd: "EPERM",
      bpf: "EPERM",
      ptrace: "EPERM",
      process_vm_readv: "EPERM",
      unshare_user: "EPERM", // bwrap's --disable-userns alone answers ENOSPC
      unshare_net: "EPERM",
      clone_newuser: "EPERM",
      clone3: "ENOSYS",
      mount: "EPERM",
      personality_exec: "EPERM",
      personality_high_bits: "EPERM",
      personality_query: "ALLOWED",
      tiocsti: "EPERM", // stdout is a pipe: the kernel alone answers ENOTTY
      // ABSENT: a kernel without IA32 emulation (e.g. 6.18 with ia32_emulation=0) has no i386 ABI to filter
      ...(process.arch === "x64" ? { i386_abi: expect.stringMatching(/^(EPERM|ABSENT)$/) } : {}),
    });
  });

  it.each([
    ["python", `import threading\nr = []\nts = [threading.Thread(target=r.append, args=(i,)) for i in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(sorted(r))\n`, "[0, 1, 2, 3]\n"],
    ["javascript", `const { Worker } = require("worker_threads");\nnew Worker("require('worker_threads').parentPort.postMessage(6 * 7)", { eval: true }).on("message", (m) => console.log(m));\n`, "42\n"],
  ] as const)("%s still starts threads (clone3's ENOSYS falls back to clone)", async (language, src, out) => {
    const r = await run(core, language, src);
    expect(r.exit?.status).toBe("OK");
    expect(r.stdout).toBe(out);
  });
});

describe("sandbox uid on the host", () => {
  it.runIf(asRoot)("a sandboxed process never has the (root) service's uid: it runs as nobody", async () => {
    const ac = new AbortController();
    const src = `import os\nos.execv("/usr/bin/sleep", ["sleep", "543.219"])\n`;
    const done = run(core, "python", src, { signal: ac.signal });
    try {
      const [pid] = await vi.waitFor(() => {
        const pids = hostProcessesMatching("543.219");
        expect(pids).toHaveLength(1);
        return pids;
      }, { timeout: 10_000 });
      const uids = /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1].split(/\s+/).map(Number);
      expect(uids).toHaveLength(4); // real, effective, saved, fs
      for (const uid of uids) expect(uid).not.toBe(process.getuid!());
      expect(uids).toEqual([65534, 65534, 65534, 65534]);
    } finally {
      ac.abort();
      await done;
    }
  });

  it("/healthz names the sandbox uid, and warns when it is the service's", () => {
    const h = core.health();
    expect(h.sandbox.uids.service).toBe(process.getuid!());
    if (asRoot) expect(h.warnings.some((w) => w.includes("own uid"))).toBe(false);
    else expect(h.warnings).toContainEqual(expect.stringMatching(/own uid/));
  });
});
