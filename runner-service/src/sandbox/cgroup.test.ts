import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCgroups, parseMountInfo, parseProcCgroup } from "./cgroup.js";
import { createV2Hierarchy } from "./cgroup-v2.js";
import { reapStale } from "./cgroup-fs.js";

const HYBRID_MOUNTINFO = `\
30 25 0:26 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755
31 30 0:27 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
35 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
36 30 0:32 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
37 30 0:33 / /sys/fs/cgroup/cpu\\040acct rw,relatime - cgroup cgroup rw,cpuacct
`;

describe("cgroup detection", () => {
  it("parses mountinfo, including escaped spaces", () => {
    const m = parseMountInfo(HYBRID_MOUNTINFO);
    expect(m.find((x) => x.fstype === "cgroup2")?.mountPoint).toBe("/sys/fs/cgroup/unified");
    expect(m.find((x) => x.superOptions.includes("cpuacct"))?.mountPoint).toBe("/sys/fs/cgroup/cpu acct");
  });

  it("parses /proc/self/cgroup for v1 controllers and the v2 path", () => {
    const c = parseProcCgroup("4:memory:/process_api/abc\n8:pids:/\n9:name=systemd:/\n0::/user.slice/x\n");
    expect(c.get("memory")).toBe("/process_api/abc");
    expect(c.get("systemd")).toBe("/");
    expect(c.get("")).toBe("/user.slice/x");
  });

  it("falls back to mode none with a reason rather than throwing", () => {
    const dir = mkdtempSync(join(tmpdir(), "cg-"));
    writeFileSync(join(dir, "mountinfo"), "");
    writeFileSync(join(dir, "cgroup"), "0::/\n");
    const cg = detectCgroups({ mountinfo: join(dir, "mountinfo"), cgroup: join(dir, "cgroup") });
    expect(cg.mode).toBe("none");
    expect(cg.reason).toBeTruthy();
    expect(detectCgroups({ mountinfo: "/nonexistent", cgroup: "/nonexistent" }).mode).toBe("none");
  });

  it("this host: a usable hierarchy when root, never a crash", () => {
    const cg = detectCgroups();
    if (process.getuid?.() === 0) expect(cg.mode).not.toBe("none");
    else expect(["v1", "v2", "none"]).toContain(cg.mode);
  });
});

describe("cgroup v2 driver (against a fake cgroupfs)", () => {
  function fakeV2() {
    const root = mkdtempSync(join(tmpdir(), "cg2-"));
    writeFileSync(join(root, "cgroup.controllers"), "cpu memory pids\n");
    writeFileSync(join(root, "cgroup.subtree_control"), "memory pids\n");
    return root;
  }

  it("refuses when memory is not delegated", () => {
    const root = mkdtempSync(join(tmpdir(), "cg2-"));
    writeFileSync(join(root, "cgroup.controllers"), "cpu pids\n");
    expect(() => createV2Hierarchy(root, "/")).toThrow(/memory controller is not delegated/);
  });

  it("works with memory alone: no pids.max, and says RLIMIT_NPROC must cap processes", () => {
    const root = mkdtempSync(join(tmpdir(), "cg2-"));
    writeFileSync(join(root, "cgroup.controllers"), "cpu memory\n");
    writeFileSync(join(root, "cgroup.subtree_control"), "memory\n");
    const h = createV2Hierarchy(root, "/");
    expect(h.pids).toBe(false);
    h.create("run1", { memoryBytes: 64 << 20, pids: 64 });
    const dir = join(root, `duet-runner/p${process.pid}/run1`);
    expect(readFileSync(join(dir, "memory.max"), "utf8")).toBe(String(64 << 20));
    expect(existsSync(join(dir, "pids.max"))).toBe(false);
  });

  it("writes memory.max, swap 0, pids.max and reads peak, CPU and OOM kills", () => {
    const root = fakeV2();
    const h = createV2Hierarchy(root, "/");
    const g = h.create("run1", { memoryBytes: 256 << 20, pids: 64 });
    const dir = join(root, `duet-runner/p${process.pid}/run1`);
    expect(readFileSync(join(dir, "memory.max"), "utf8")).toBe(String(256 << 20));
    expect(readFileSync(join(dir, "pids.max"), "utf8")).toBe("64");
    // What the kernel would report after a run that hit its limit:
    writeFileSync(join(dir, "cpu.stat"), "usage_usec 1500\nuser_usec 1000\n");
    writeFileSync(join(dir, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
    writeFileSync(join(dir, "memory.current"), String(10 << 20));
    expect(g.stats()).toEqual({ cpuUs: 1500, memoryPeakKb: 10240, oomKills: 1 });
  });
});

describe("stale groups", () => {
  it("reaps the empty groups of runner processes that are gone, never a live runner's", () => {
    const dir = mkdtempSync(join(tmpdir(), "cgr-"));
    for (const d of ["p999999999/run-a", `p${process.pid}/run-b`, "p1/run-c", "other"]) mkdirSync(join(dir, d), { recursive: true });
    reapStale(dir);
    expect(readdirSync(dir).sort()).toEqual(["other", "p1", `p${process.pid}`].sort());
  });
});
