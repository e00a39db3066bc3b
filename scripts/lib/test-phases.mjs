// How `npm test` runs the whole suite (scripts/test.mjs): phases one after the other, the lanes of
// a phase at once, each lane one vitest over the projects it names. Every project in
// vitest.config.ts is in exactly one lane (test/repo/test-phases.test.ts checks it).
//
// First the projects that keep both cores busy (compilers in the sandbox, the runner, the
// Node-side tests), a file at a time. Then two lanes at once: the browser tests (one wrangler dev,
// one Chromium, a file at a time) beside the workerd tests (a fresh workerd per file, whose start
// leaves a core idle). vitest alone runs every project one after the other, a file at a time on
// two cores (its default is a core less than the machine has): a clean CI run took 38 minutes. The
// browser tests beside the compilers slowed both threefold and tests with time limits failed.
export const TEST_PHASES = [
  [{ name: "", projects: ["problems", "runner", "runner-pool", "node", "web", "deploy", "repo"], report: "vitest-busy.json" }],
  [
    { name: "e2e", projects: ["e2e"], report: "vitest-e2e.json" },
    { name: "", projects: ["workers"], report: "vitest.json" },
  ],
];
