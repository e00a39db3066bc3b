/** The `## Sockets` section of bench/RESULTS.md. */
import { mib, ms, percentile, spread, spreadText, table } from "../collab/stats";
import { versusBaseline } from "../collab/turns";
import type { Census } from "./census";
import type { TypingRound, TypingSpec } from "./typing";

/** Issue 17's goal for 5,000 sockets. */
const GOAL_P99_MS = 100;

export interface Sizing {
  /** Descriptors each role gained per socket opened through wrangler dev's public port ("runtime": sockets only). */
  perSocket: Record<string, number>;
  runtimeFilesPerRoom: number;
  probe: { before: Census; after: Census; self: Census; sockets: number };
  /** The bench process with every fleet open. */
  self: Census;
}

export interface FleetReport {
  name: string;
  setupMs: number;
  connectMs: number;
  retries: number;
  /** Before the fleet opened, and 3 s after (every socket open, nobody typing). */
  idle: { before: Census; after: Census };
  /** After the last round, every socket still open. */
  busy: Census;
}

export interface SocketsReport {
  date: string;
  durationS: number;
  commit: string;
  wrangler: string;
  loadAvg: number[][];
  rooms: number;
  perRoom: number;
  /** [0] is the baseline, in `fleets` and in every level. */
  fleets: FleetReport[];
  levels: Array<{ label: string; spec: TypingSpec; rounds: Array<{ name: string; rounds: TypingRound[] }> }>;
  /** Why the run stopped before its last round, if it did. */
  stoppedBy?: string;
  sizing: Sizing;
}

/** The processes that hold a socket's descriptors (npm and its shell hold none). */
const ROLES = ["wrangler (node)", "proxy workerd", "runtime workerd"];
const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "n/a");
const fds = (c: Census) => c.processes.map((p) => `${p.role} ${p.total}/${p.limit}`).join(", ");

function sizingText(r: SocketsReport): string {
  const sockets = r.rooms * r.perRoom;
  const { perSocket, runtimeFilesPerRoom, probe } = r.sizing;
  const proxy = probe.after.processes.find((p) => p.role === "proxy workerd");
  const proxyBefore = probe.before.processes.find((p) => p.role === "proxy workerd");
  const proxyFits = proxy && proxyBefore ? Math.floor((proxy.limit - proxyBefore.total) / perSocket["proxy workerd"]) : NaN;
  const rows = probe.after.processes.filter((p) => ROLES.includes(p.role)).map((p) => {
    const before = probe.before.processes.find((b) => b.pid === p.pid);
    const per = perSocket[p.role] ?? 0;
    const need = (before?.total ?? 0) + per * sockets + (p.role === "runtime workerd" ? runtimeFilesPerRoom * r.rooms : 0);
    return [p.role, `${before?.total ?? "?"} → ${p.total}`, `+${p.sockets - (before?.sockets ?? 0)} / +${p.files - (before?.files ?? 0)} / +${p.other - (before?.other ?? 0)}`, num(per, 2), String(p.limit), num(need, 0)];
  });
  const self = r.sizing.self.processes[0];
  rows.push(["bench (clients)", `— → ${self.total}`, "one socket each", "1", String(self.limit), `${self.total} (both fleets open)`]);
  return [
    `Descriptors, measured in this run by opening ${probe.sockets} sockets (${probe.sockets / r.perRoom} rooms × ${r.perRoom}) through \`wrangler dev\`'s public port and reading /proc/<pid>/fd of every process before and after; the limit is each process's soft RLIMIT_NOFILE (/proc/<pid>/limits):`,
    "",
    table(["process", `fds before → with ${probe.sockets} sockets`, "gained: sockets / files / pipes and others", "fds per socket", "limit", `needed for ${sockets} sockets, ${r.rooms} rooms`], rows),
    "",
    `Per socket, wrangler dev's proxy workerd holds ${num(perSocket["proxy workerd"], 1)} descriptors (the client's socket, its own socket to the runtime, and pipes), the runtime workerd ${num(perSocket.runtime, 2)} socket, ` +
      `and every awake room ${num(runtimeFilesPerRoom, 1)} files in the runtime (its SQLite database, WAL and shared memory; a hibernated room closes them). ` +
      `So ${sockets} sockets through the proxy would need ~${num((proxyBefore?.total ?? 0) + perSocket["proxy workerd"] * sockets, 0)} descriptors in one process: ` +
      `over its limit of ${proxy?.limit ?? "?"}, which fits ~${num(proxyFits, 0)} sockets. The test therefore connects straight to the runtime workerd's own socket (the "no-proxy" path of bench:collab; ` +
      `production has no such proxy), where ${sockets} sockets and ${r.rooms} rooms need ~${num(sockets * perSocket.runtime + runtimeFilesPerRoom * r.rooms, 0)} descriptors, and the bench process, holding both fleets' client ends, ~${2 * sockets}.`,
  ].join("\n");
}

function fleetTable(r: SocketsReport): string {
  const sockets = r.rooms * r.perRoom;
  return table(
    ["server", "sockets", "set-up (rooms, joins)", "connect all", "retries", "RSS before → idle → after typing", "RSS per socket (idle)", "fds with all sockets open (busy) / limit"],
    r.fleets.map((f) => [
      f.name,
      String(sockets),
      f.setupMs < 1000 ? ms(f.setupMs, 0) : `${(f.setupMs / 1000).toFixed(1)} s`,
      `${(f.connectMs / 1000).toFixed(1)} s (${num(sockets / (f.connectMs / 1000), 0)}/s)`,
      String(f.retries),
      `${mib(f.idle.before.treeRss)} → ${mib(f.idle.after.treeRss)} → ${mib(f.busy.treeRss)}`,
      mib((f.idle.after.treeRss - f.idle.before.treeRss) / sockets),
      fds(f.busy),
    ]),
  );
}

type Level = SocketsReport["levels"][number];

/** Each level cut to the rounds that every server finished; levels with none left out. */
function completeRounds(levels: Level[]): Level[] {
  return levels
    .map((level) => {
      const n = Math.min(...level.rounds.map((f) => f.rounds.findIndex((x) => !x) === -1 ? f.rounds.length : f.rounds.findIndex((x) => !x)));
      return { ...level, rounds: level.rounds.map((f) => ({ ...f, rounds: f.rounds.slice(0, n) })) };
    })
    .filter((level) => level.rounds[0].rounds.length > 0);
}

function fanoutTable(level: Level): string {
  const [base] = level.rounds;
  return table(
    ["server", "rounds × edits", "p50 / p99 / max (all rounds)", "p50 vs Node", "p99 vs Node", "per-round p99 (median, min–max)", "rooms with p99 > 100 ms", "lost / dropped", "edits/s", "CPU server / bench", "waiting for a core: server / bench", `p99 < ${GOAL_P99_MS} ms`],
    level.rounds.map((f, i) => {
      const all = f.rounds.flatMap((x) => x.samples);
      const p99s = spread(f.rounds.map((x) => x.p99));
      const roomP99 = f.rounds[0].perRoom.map((_, room) => percentile(f.rounds.flatMap((x) => x.perRoom[room]), 99));
      const mean = (g: (x: TypingRound) => number) => f.rounds.reduce((s, x) => s + g(x), 0) / f.rounds.length;
      return [
        f.name,
        `${f.rounds.length} × ${f.rounds[0].samples.length}`,
        `${ms(percentile(all, 50))} / ${ms(percentile(all, 99))} / ${ms(percentile(all, 100), 0)}`,
        i === 0 ? "—" : spreadText(versusBaseline(f.rounds, base.rounds, (x) => x.p50)),
        i === 0 ? "—" : spreadText(versusBaseline(f.rounds, base.rounds, (x) => x.p99)),
        `${ms(p99s.median)} (${num(p99s.min)}–${num(p99s.max)})`,
        `${roomP99.filter((v) => v > GOAL_P99_MS).length} of ${roomP99.length}`,
        `${f.rounds.reduce((s, x) => s + x.lost, 0)} / ${f.rounds.reduce((s, x) => s + x.dropped, 0)}`,
        num(mean((x) => x.editsPerSecond), 0),
        `${num(mean((x) => x.serverCpuPct), 0)} % / ${num(mean((x) => x.clientCpuPct), 0)} %`,
        `${num(mean((x) => x.serverWaitPct), 0)} % / ${num(mean((x) => x.clientWaitPct), 0)} %`,
        p99s.median < GOAL_P99_MS ? "ok" : "MISS",
      ];
    }),
  );
}

/** The warm-up phase of each round: how long until every room had answered, and its edits' latency (a hibernated Duet room's wake is in it). */
function wakeTable(level: Level): string {
  return table(
    ["server", "every room's warm-up done in (median, min–max)", "warm-up edit p50 / p99 / max (all rounds)", "lost"],
    level.rounds.map((f) => {
      const took = spread(f.rounds.map((x) => x.wake.ms));
      const all = f.rounds.flatMap((x) => x.wake.samples);
      return [
        f.name,
        `${ms(took.median, 0)} (${num(took.min, 0)}–${num(took.max, 0)})`,
        `${ms(percentile(all, 50))} / ${ms(percentile(all, 99))} / ${ms(percentile(all, 100), 0)}`,
        String(f.rounds.reduce((s, x) => s + x.wake.lost, 0)),
      ];
    }),
  );
}

function roundsTable(level: Level): string {
  const servers = level.rounds;
  return table(
    ["round", ...servers.map((f) => `${f.name} p50 / p99`), ...servers.slice(1).map((f) => `${f.name}/${servers[0].name} p50 / p99`)],
    servers[0].rounds.map((b, k) => [
      String(k + 1),
      ...servers.map((f) => `${ms(f.rounds[k].p50)} / ${ms(f.rounds[k].p99)}`),
      ...servers.slice(1).map((f) => `${num(f.rounds[k].p50 / b.p50, 2)}x / ${num(f.rounds[k].p99 / b.p99, 2)}x`),
    ]),
  );
}

export function render(r: SocketsReport): string {
  const sockets = r.rooms * r.perRoom;
  const paces = r.levels.map(({ spec: t }) => `${t.thinkMs}–${t.thinkMs + t.jitterMs} ms (${t.edits} measured edits a room a round after ${t.warmup} warm-up)`).join(", then ");
  return [
    `Command: \`npm run bench:sockets\` (\`tsx bench/sockets.bench.ts\`), run ${r.date} on commit ${r.commit.slice(0, 10)}, took ${r.durationS.toFixed(0)} s; wrangler ${r.wrangler}, Node ${process.version}.`,
    `Load average ${r.loadAvg.map((l) => l.map((x) => x.toFixed(2)).join(" ")).join(" at the start, ")} at the end (2 cores, shared with other work).`,
    `${sockets} sockets open at once on each server: ${r.rooms} rooms × ${r.perRoom} (an interviewer, a candidate and spectators), created, joined and connected 20 at a time, kept open through every round.`,
    "### Sizing",
    sizingText(r),
    "### Opening the sockets",
    fleetTable(r),
    ...(r.stoppedBy ? [`**The run stopped early**: ${r.stoppedBy}. The tables hold the rounds every server finished.`] : []),
    ...completeRounds(r.levels).flatMap((level) => [`### Fan-out: ${level.label}`, fanoutTable(level), roundsTable(level), "Warm-up phase of each round (not in the figures above):", wakeTable(level)]),
    "### How it was measured",
    [
      `- Servers: the committed HEAD in a temporary copy under \`wrangler dev\` (\`DUET_ENV=test\`, connect and room-creation rate limits raised through their variables, \`bench/collab/servers.ts\`), reached at the runtime workerd's own port (see Sizing); baseline: y-websocket@2's stock Node server (\`bench/collab/node-server.cjs\`), docs in memory. Every Duet room is made with \`POST /api/rooms\` and every seat joins with the candidate link and connects with its own session token (\`scripts/lib/room-api.mjs\`), through the Worker's checks, as a browser does; the Room's per-socket limits are its defaults (one edit a second is far below them), the per-IP connect limit (\`RATE_SOCKET_CONNECTS_PER_MINUTE\`, one bucket for every local client) is raised, and there is no per-room or per-IP cap on open sockets.`,
      `- Set-up = rooms created and every seat joined (Duet's HTTP API; nothing for the stock server); connect all = \`new WebSocket()\` → first sync step 2, for every socket. RSS = the server's process tree (for Duet: npm, wrangler's Node, the proxy and runtime workerd), before the fleet, 3 s after it opened (idle), after the last round.`,
      `- Typing: in every room at once, seat 0 inserts \`#<id>;\`, waits until the ${r.perRoom - 1} other seats applied it, then pauses ${paces}; latency = local edit → the last seat of the room observed it. Each round has two phases: first every room's warm-up edits (each room starting at a random moment within one pause), all of them answered before the second phase, the measured edits, begins (each room again starting at a random moment within one pause). A Duet room idle while the other server typed has hibernated (workerd hibernates an object after ~10 s without events), and its warm-up edit wakes it; the warm-up phase is in its own table, so the wake of a thousand rooms at once is reported, not mixed into the fan-out figures. CPU, waiting and edits/s cover the measured phase. Rounds alternate the servers (turning order); a ratio is taken per round against the stock server's same round, the table gives the median with the min–max. Per-room p99 pools a room's edits from every round. Waiting for a core = time the process tree's threads were runnable but not running (/proc/<pid>/task/<tid>/schedstat), over wall time: the share of the run the machine's other work took from them. \`lost\` = not seen by the whole room within 5 s; \`dropped\` = sockets the server closed. CPU in % of one core.`,
      "- All clients live in the bench's one Node process (one Y.Doc each), on the same 2 cores as the servers.",
    ].join("\n"),
  ].join("\n\n");
}
