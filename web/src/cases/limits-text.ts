/** A judged run's limits in words: CPU seconds and megabytes, in the interface language. */
import type { RunLimits } from "../../../contracts/runner";
import type { Formatter } from "../i18n/format";

export function limitsText(format: Formatter, limits: RunLimits): { time: string; memory: string } {
  return {
    time: format.number((limits.cpuMs ?? 0) / 1000, { style: "unit", unit: "second", unitDisplay: "short", maximumFractionDigits: 2 }),
    memory: limits.memoryMb ? format.number(limits.memoryMb, { style: "unit", unit: "megabyte", unitDisplay: "short" }) : "—",
  };
}
