/** Small display helpers shared by the panels. */

export function formatClock(ms: number): string {
  const neg = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}` : `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
  return neg ? `-${body}` : body;
}

export function formatBytes(kb: number): string {
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
}

export function formatTime(ts: number): string {
  return new Date(ts).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = (word?: string) => (word ? [...word][0] : ""); // a whole code point: emoji, astral scripts
  return ((first(parts[0]) || "?") + (parts.length > 1 ? first(parts[parts.length - 1]) : "")).toUpperCase();
}

export const ROLE_LABEL = { interviewer: "Interviewer", candidate: "Candidate", spectator: "Observer" } as const;

/** Status → human words for run exits (runner statuses OK CE RE SG TO ML OL XX). */
export const EXIT_LABEL: Record<string, string> = {
  OK: "Finished",
  CE: "Compilation error",
  RE: "Runtime error",
  SG: "Killed by signal",
  TO: "Time limit exceeded",
  ML: "Memory limit exceeded",
  OL: "Output limit exceeded",
  XX: "Internal error",
};
