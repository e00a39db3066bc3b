/** The ingest bench's figures: per server the rounds' rates, medians, min–max, and the paired ratios. */
import { percentile, table } from "../collab/stats";
import type { BurstResult } from "./burst";

export interface Measure {
  label: string;
  unit: string;
  /** The figure of one burst: updates/s or MB/s. */
  rate(r: BurstResult): number;
}

export const TYPING: Measure = { label: "typing burst", unit: "updates/s", rate: (r) => (r.updates / r.ms) * 1000 };
/** Pasted text in MB (10^6 characters, all ASCII) per second. */
export const PASTE: Measure = { label: "paste burst", unit: "MB/s", rate: (r) => r.chars / 1e6 / (r.ms / 1000) };

/** Per server name, its rounds in order (round i of every server ran back to back). */
export type Rounds = Map<string, BurstResult[]>;

const median = (v: number[]) => percentile(v, 50);
const fmt = (v: number, unit: string) => (unit === "MB/s" ? v.toFixed(2) : Math.round(v).toLocaleString("en-US"));
const range = (v: number[], unit: string) => `${fmt(Math.min(...v), unit)}–${fmt(Math.max(...v), unit)}`;

/** One row per server: median and min–max of its rate, and its ratio to `baseline`, round by round. */
export function ratesTable(m: Measure, rounds: Rounds, baseline: string): string {
  const base = rounds.get(baseline) ?? [];
  const rows = [...rounds].map(([name, rs]) => {
    const rates = rs.map(m.rate);
    const ratios = rs.map((r, i) => m.rate(r) / m.rate(base[i]));
    const cpuPerUpdate = rs.map((r) => (r.serverCpuMs * 1000) / r.updates);
    return [
      name,
      rates.map((v) => fmt(v, m.unit)).join(", "),
      `**${fmt(median(rates), m.unit)}**`,
      range(rates, m.unit),
      name === baseline ? "1" : `**${median(ratios).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      `${Math.round(median(cpuPerUpdate))} µs`,
    ];
  });
  return table([server, `${m.unit}, each round`, "median", "min–max", `ratio to ${baseline} (median, min–max)`, "server CPU per update"], rows);
}
const server = "server";

export function failuresList(all: Rounds[]): string[] {
  return all.flatMap((rounds) => [...rounds.values()].flat().flatMap((r) => r.failures.map((f) => `${r.server}: ${f}`)));
}
