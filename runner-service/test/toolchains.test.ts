/**
 * The languages manifest is what the host side installs and tests: the image's packages, the
 * install script's and the runner's test programs are checked against contracts/languages.ts,
 * so adding a language there and nowhere else fails here until it is complete.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGE_DECLARATIONS, LANGUAGE_IDS } from "../../contracts/languages.js";
// @ts-expect-error: plain ESM helper that scripts/install-toolchains.sh runs
import { packagesOf, toolchains } from "../../scripts/lib/toolchain-packages.mjs";
import { PROGRAMS } from "./programs.js";

const ROOT = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");
const manifestPackages = packagesOf(LANGUAGE_DECLARATIONS.map((l) => l.toolchain)) as string[];

/** The sandbox's own packages, beside the languages' (bubblewrap, and util-linux for prlimit). */
const SANDBOX_RUNTIME = ["bubblewrap", "util-linux"];

/** The packages of the image's last stage's `apt-get install` (flags dropped). */
function runtimeStagePackages(dockerfile: string): string[] {
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  const install = /apt-get install([^&]*)&&/.exec(lastStage.replace(/\\\n/g, " "));
  if (!install) throw new Error("no apt-get install in the image's last stage");
  return install[1].split(/\s+/).filter((w) => w !== "" && !w.startsWith("-"));
}

describe("the runner image (runner-service/Dockerfile)", () => {
  it("installs every language's packages and the sandbox's, nothing else", () => {
    const installed = runtimeStagePackages(read("runner-service/Dockerfile"));
    expect(new Set(installed).size, "a package twice").toBe(installed.length);
    expect([...installed].sort()).toEqual([...new Set([...SANDBOX_RUNTIME, ...manifestPackages])].sort());
  });

  it("runs the service as root (no USER line), started by the launcher that moves RUNNER_SECRET into a 0600 file", () => {
    const df = read("runner-service/Dockerfile");
    expect(df).not.toMatch(/^USER /m);
    expect(df).toMatch(/^COPY runner-service\/launch\/container-entry\.sh \/app\/launch\/container-entry\.sh$/m);
    expect(df).toMatch(/^ENTRYPOINT \["\/bin\/sh", "\/app\/launch\/container-entry\.sh"\]$/m);
    // Production refuses to guess concurrency: the deployer sets it, the image does not.
    expect(df).not.toMatch(/^(ENV)?\s+RUNNER_CONCURRENCY=/m);
  });

  it("reads the install line the way the test expects", () => {
    const df = "FROM a AS build\nRUN apt-get install -y gcc && x\nFROM b\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n  p1 p2 \\\n && rm -rf y\n";
    expect(runtimeStagePackages(df)).toEqual(["p1", "p2"]);
  });
});

describe("scripts/install-toolchains.sh", () => {
  it("takes the languages' packages from the manifest and names none of them itself", () => {
    const script = read("scripts/install-toolchains.sh");
    expect(script).toContain("lib/toolchain-packages.mjs\" --missing");
    const own = [...script.matchAll(/^\s*\[[^\]]+\]=(\S+)$/gm)].map((m) => m[1]);
    expect(own).toEqual(["bubblewrap", "util-linux", "libseccomp-dev"]);
  });

  it("gets every manifest package from the helper, and the missing ones with --missing", async () => {
    const helper = new URL("scripts/lib/toolchain-packages.mjs", ROOT).pathname;
    const lines = (args: string[]) => execFileSync(process.execPath, [helper, ...args], { encoding: "utf8" }).split("\n").filter(Boolean);
    expect(lines([])).toEqual(manifestPackages);
    const list = (await toolchains()) as { id: string; present: boolean }[];
    expect(list.map((t) => t.id)).toEqual([...LANGUAGE_IDS]);
    const lacking = LANGUAGE_DECLARATIONS.filter((l) => !list.find((t) => t.id === l.id)!.present);
    expect(lines(["--missing"])).toEqual(packagesOf(lacking.map((l) => l.toolchain)));
  });
});

describe("every language", () => {
  it.each(LANGUAGE_DECLARATIONS.map((l) => [l.id, l] as const))("%s has packages for each toolchain path it requires outside the runner's own", (_, l) => {
    const hostPaths = l.requires.filter((p) => !p.startsWith("/opt/duet/"));
    expect(l.toolchain.packages.length > 0).toBe(hostPaths.length > 0);
  });

  it("has the runner's test programs (hello, compile error, runtime error)", () => {
    expect(Object.keys(PROGRAMS).sort()).toEqual([...LANGUAGE_IDS].sort());
  });
});
