/**
 * Who is here (from the code doc's awareness): an avatar each, in their cursor colour, with a role
 * badge. Names are React text in <bdi>, so a right-to-left name cannot reorder what follows it.
 */
import { useEffect, useReducer } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { Identity } from "../../../contracts/wire";
import { initials, ROLE_LABEL } from "../lib/format";

export function participantsOf(awareness: Awareness): Identity[] {
  const byUser = new Map<string, Identity>();
  awareness.getStates().forEach((s) => {
    const u = (s as { user?: Identity }).user;
    if (typeof u?.userId === "string" && typeof u.name === "string" && u.name && Object.hasOwn(ROLE_LABEL, u.role)) byUser.set(u.userId, u);
  });
  const order = { interviewer: 0, candidate: 1, spectator: 2 };
  return [...byUser.values()].sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name));
}

export function Participants({ awareness, me }: { awareness: Awareness; me: Identity }) {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    awareness.on("change", bump);
    return () => awareness.off("change", bump);
  }, [awareness]);
  const people = participantsOf(awareness);
  if (!people.some((p) => p.userId === me.userId)) people.unshift(me);
  return (
    <ul className="participants" aria-label="Participants" data-testid="participants">
      {people.map((p) => (
        <li key={p.userId} className="participant" title={`${p.name} — ${ROLE_LABEL[p.role]}`}>
          <span className="avatar" style={{ background: p.color }} aria-hidden="true">{initials(p.name)}</span>
          <span className={`avatar-role role-${p.role}`} aria-hidden="true">{ROLE_LABEL[p.role][0]}</span>
          <span className="participant-text">
            <span className="participant-name"><bdi>{p.name}</bdi>{p.userId === me.userId ? " (you)" : ""}</span>
            <span className={`role-badge role-${p.role}`}>{ROLE_LABEL[p.role]}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
