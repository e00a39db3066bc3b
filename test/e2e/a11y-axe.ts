/**
 * axe-core in a real page, without the network: its source (the devDependency) is evaluated through
 * the DevTools protocol, which the page's Content-Security-Policy does not govern, so the check
 * neither loosens the policy nor trips the CSP watcher in browser.ts.
 *
 * Every rule axe ships runs (WCAG 2.0–2.2 A/AA and best practices); nothing is excluded or
 * disabled except what EXCEPTIONS lists, each with its reason.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The only places axe is told to look away from, and why. Empty today: every finding on every
 * page was fixed rather than excused. An entry is `{ rule, selector?, reason }`.
 */
export const EXCEPTIONS: { rule: string; selector?: string; reason: string }[] = [];

export type Impact = "minor" | "moderate" | "serious" | "critical";
export interface Finding { rule: string; impact: Impact; help: string; targets: string[] }

/** axe's violations on the page as it is now, one finding per rule, with the offending nodes' selectors. */
export async function axeFindings(page: Page): Promise<Finding[]> {
  await settled(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (exceptions) => {
    type Axe = { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = Object.fromEntries(exceptions.filter((e) => !e.selector).map((e) => [e.rule, { enabled: false }]));
    const result = await axe.run(document, { resultTypes: ["violations"], rules });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact as Impact,
      help: v.help,
      targets: v.nodes
        .map((n) => n.target.join(" "))
        .filter((t) => !exceptions.some((e) => e.rule === v.id && e.selector && t.includes(e.selector))),
    })).filter((f) => f.targets.length > 0);
  }, EXCEPTIONS);
}

/**
 * Waits until no CSS transition is running: a colour caught halfway (a theme switch, a hover) is
 * not what anyone reads. Infinite animations (a spinner) do not count.
 */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (await page.evaluate(() => document.getAnimations().some((a) => a instanceof CSSTransition))) {
    if (Date.now() > deadline) throw new Error("CSS transitions still running after 5 s");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Findings of the impacts that must be zero (serious, critical), in words for an assertion message. */
export function blocking(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.impact === "serious" || f.impact === "critical")
    .map((f) => `${f.impact} ${f.rule} (${f.help}): ${f.targets.slice(0, 5).join(", ")}${f.targets.length > 5 ? ` … +${f.targets.length - 5}` : ""}`);
}

/** Counts by impact, for the report. */
export function countByImpact(findings: Finding[]): Record<Impact, number> {
  const out: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const f of findings) out[f.impact] += f.targets.length;
  return out;
}
