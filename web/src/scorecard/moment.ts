/** How a cited moment reads: its offset into the interview when the start is known (the replay), else its clock time. */
import type { Formatter } from "../i18n/format";

export function momentText(fmt: Formatter, t: number, startedAt: number | null | undefined): string {
  return startedAt != null ? fmt.clock(Math.max(0, t - startedAt)) : fmt.time(t);
}
