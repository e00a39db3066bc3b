// How `npm test` runs the whole suite (scripts/test.mjs): phases one after the other, the lanes of
// a phase at once, each lane one vitest over the projects it names. Every project in
// vitest.config.ts is in exactly one lane (test/repo/test-phases.test.ts checks it).
//
// Today: one phase, one lane, so vitest runs the projects one after another, a file at a time on
// two cores (its default is a core less than the machine has), the browser tests last: ~38 min
// from a clean clone here. Measured and set aside (2026-12-02, clean clones, nothing else running):
// - the compiler-heavy projects first, then the browser tests beside the workerd tests: 1,972 s and
//   2,014 s (-5.5 min), but the Room's flood test failed in both (the runtime, shared with
//   Chromium, fell behind the flood); every other test passed;
// - the browser tests beside all the rest: the compilers and Chromium slowed each other threefold
//   and tests with time limits failed; with the rest two files at a time, the load average hit 16;
// - the browser tests two files at a time, alone: load average 10, each file ~1.8x slower (no
//   gain), and tests failed (a11y, replay): Chromium and wrangler dev are CPU-bound here;
// - the workerd tests first, alone, two files at a time (--maxWorkers=2): 597 s against ~684 s one
//   at a time (the type-check shares the cores), and three record-retention tests got 503 from
//   the one runner both files share (another file's runs filled it): not worth 1.5 minutes.
// The run is bound by CPU: what is left to cut is the workerd tests' per-file start (3-5 s of
// `setup` for each of 89 files, while their D1 migrations take 55 ms), which needs `isolate: false`
// from a @cloudflare/vitest-pool-workers newer than 0.14.9 (that version slows down file after
// file; the newer ones need wrangler 4.124 and miniflare 5), and the browser tests' page loads
// (Monaco's evaluation, ~2 s of a core a page).
export const TEST_PHASES = [
  [{ name: "", projects: ["workers", "units", "runner-pool", "runner", "node", "web", "e2e", "problems", "repo", "deploy"], report: "vitest.json" }],
];
