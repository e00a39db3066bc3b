/** Numbering of run events: every event of a run gets the next `seq`, from 0, with no gaps. */
import type { RunEvent, RunEventInput } from "../../../contracts/runner.js";

export type Emit = (event: RunEventInput) => void;

export function sequencer(write: (event: RunEvent) => void): Emit {
  let seq = 0;
  return (event) => write({ ...event, seq: seq++ } as RunEvent);
}
