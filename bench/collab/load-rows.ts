/** The cold-load table's rows, from what the cold phase measured. */
import type { ColdLoads } from "./cold-phase";
import type { Filled, StoredLog, YjsFloor } from "./coldload";
import type { LoadRow } from "./report";
import { ms } from "./stats";

export function describeStored(s: StoredLog | undefined): string {
  if (!s) return "storage unknown (no sqlite3 CLI or database not found)";
  return s.snapshotSeq > 0
    ? `snapshot @${s.snapshotSeq} (${(s.snapshotBytes / 1024).toFixed(0)} KiB) + ${s.updates - s.snapshotSeq} updates after it`
    : `no snapshot, ${s.updates} logged updates`;
}

export function loadRows(r: {
  coldA: ColdLoads; coldB: ColdLoads; aIsCold: boolean; storedA?: StoredLog; storedB?: StoredLog; nodeLoad: number;
  duetFill: Filled; nodeFill: Filled; floor: YjsFloor;
}): LoadRow[] {
  const n = r.duetFill.updates.length;
  const rate = (f: Filled) => `${ms(f.fillMs, 0)} (${Math.round((n / f.fillMs) * 1000)}/s)`;
  return [
    {
      what: "(a) cold object, right after writing", duet: ms(r.coldA.bigCold.total), node: ms(r.nodeLoad),
      note: `${describeStored(r.storedA)}${r.aIsCold ? "" : "; NOT COLD: the checkpoint alarm was due before this connect"}; Node: in memory, never cold`,
    },
    { what: "(a) of which open → step 2", duet: ms(r.coldA.bigCold.afterOpen), node: "", note: "the load runs before the 101, so mostly before open" },
    { what: "(b) cold object, after the checkpoint", duet: ms(r.coldB.bigCold.total), node: ms(r.nodeLoad), note: describeStored(r.storedB) },
    { what: "warm object, median of 5 (a) / (b)", duet: `${ms(r.coldA.bigWarm)} / ${ms(r.coldB.bigWarm)}`, node: ms(r.nodeLoad), note: "room already loaded; Node: median of 5" },
    { what: "cold empty room (a) / (b)", duet: `${ms(r.coldA.emptyCold)} / ${ms(r.coldB.emptyCold)}`, node: "", note: "object start-up alone" },
    {
      what: "Yjs alone: 10k updates merged / applied in one transaction", duet: `${ms(r.floor.mergeApplyMs)} / ${ms(r.floor.applyEachMs)}`, node: "",
      note: `in the bench process (Node's V8), best of 3: Y.mergeUpdates then apply / each applied in one Y.transact; ` +
        `applying the resulting ${(r.floor.snapshotBytes / 1024).toFixed(0)} KiB snapshot: ${ms(r.floor.snapshotApplyMs)}`,
    },
    { what: "writing the 10,000 updates", duet: rate(r.duetFill), node: rate(r.nodeFill), note: "one writer, paced within the Room's default per-socket limits (so both sides alike; not a capacity figure), a round trip every 2,500" },
  ];
}

