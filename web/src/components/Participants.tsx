/**
 * Who is here (from the code doc's awareness): an avatar each, in their cursor colour, with a role
 * badge. Names are React text in <bdi>, so a right-to-left name cannot reorder what follows it.
 */
import { useEffect, useReducer } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import type { Identity } from "../../../contracts/wire";
import { initials } from "../lib/format";

const ORDER = { interviewer: 0, candidate: 1, spectator: 2 };

export function participantsOf(awareness: Awareness): Identity[] {
  const byUser = new Map<string, Identity>();
  awareness.getStates().forEach((s) => {
    const u = (s as { user?: Identity }).user;
    if (typeof u?.userId === "string" && typeof u.name === "string" && u.name && Object.hasOwn(ORDER, u.role)) byUser.set(u.userId, u);
  });
  return [...byUser.values()].sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.name.localeCompare(b.name));
}

export function Participants({ awareness, me }: { awareness: Awareness; me: Identity }) {
  const { t } = useTranslation();
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    awareness.on("change", bump);
    return () => awareness.off("change", bump);
  }, [awareness]);
  const people = participantsOf(awareness);
  if (!people.some((p) => p.userId === me.userId)) people.unshift(me);
  return (
    <ul className="participants" aria-label={t("participants.label")} data-testid="participants">
      {people.map((p) => (
        <li key={p.userId} className="participant" title={t("participants.title", { name: p.name, role: t(`roles.${p.role}`) })}>
          <span className="avatar" style={{ background: p.color }} aria-hidden="true" translate="no">{initials(p.name)}</span>
          <span className={`avatar-role role-${p.role}`} aria-hidden="true">{t(`roleInitials.${p.role}`)}</span>
          <span className="participant-text">
            <span className="participant-name"><bdi>{p.name}</bdi>{p.userId === me.userId ? ` ${t("participants.you")}` : ""}</span>
            <span className={`role-badge role-${p.role}`}>{t(`roles.${p.role}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
