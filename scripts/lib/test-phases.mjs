// How `npm test` runs the whole suite (scripts/test.mjs): phases one after the other, the lanes of
// a phase at once, each lane one vitest over the projects it names. Every project in
// vitest.config.ts is in exactly one lane (test/repo/test-phases.test.ts checks it).
//
// Today: two phases. First the workerd tests alone, two files at a time: each file starts a
// fresh workerd and loads the app into it (3-5 s of `setup` for 88 files, while their D1
// migrations take 55 ms), which leaves a core idle at one file at a time; two at once were 1.55x
// faster alone (15 files: 167 -> 108 s). Then everything else in one vitest, a file at a time,
// the browser tests last (vitest's default on two cores is a core less than the machine has).
// Measured and set aside (2026-12-02, clean clones, nothing else running):
// - one lane for everything: 2,304 s and 2,364 s;
// - the compiler-heavy projects first, then the browser tests beside the workerd tests: 1,972 s and
//   2,014 s, but the Room's flood test failed in both (the runtime, shared with Chromium, fell
//   behind the flood); every other test passed;
// - the browser tests beside all the rest: the compilers and Chromium slowed each other threefold
//   and tests with time limits failed; with the rest two files at a time, the load average hit 16;
// - the browser tests two files at a time, alone: load average 10, each file ~1.8x slower (no
//   gain), and tests failed (a11y, replay). Chromium and wrangler dev are CPU-bound here.
// The run is bound by CPU. What is left to cut: the workerd tests' per-file start, which needs
// `isolate: false` from a @cloudflare/vitest-pool-workers newer than 0.14.9 (that version slows
// down file after file), and the browser tests' page loads (Monaco's evaluation, ~2 s a page).
export const TEST_PHASES = [
  [{ name: "", projects: ["workers"], args: ["--maxWorkers=2"], report: "vitest-workers.json" }],
  [{ name: "", projects: ["runner-pool", "runner", "node", "web", "problems", "repo", "deploy", "e2e"], report: "vitest.json" }],
];
