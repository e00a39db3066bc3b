/**
 * Who is here (from the code doc's awareness): an avatar each, in their cursor colour, with a role
 * badge. Names are React text in <bdi>, so a right-to-left name cannot reorder what follows it.
 * Then how many observers there are, which a candidate is told even when their carets are hidden.
 * Someone whose connection went quiet is greyed and marked "reconnecting" until they are back or gone.
 */
import { useContext, useEffect, useReducer } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_FIELD, PRESENCE_RECONNECTING } from "../../../contracts/cursor";
import { metaMap, readMeta } from "../../../contracts/room-state";
import type { Identity } from "../../../contracts/wire";
import { initials } from "../lib/format";
import { personColors } from "../room/cursor-colors";
import { RoomContext, useObserveDeep } from "../room/hooks";
import { SpectatorsSwitch } from "./InterviewerControls";

const ORDER = { interviewer: 0, candidate: 1, spectator: 2 };

export function participantsOf(awareness: Awareness): Identity[] {
  const byUser = new Map<string, Identity>();
  awareness.getStates().forEach((s) => {
    const u = (s as { user?: Identity }).user;
    if (typeof u?.userId === "string" && typeof u.name === "string" && u.name && Object.hasOwn(ORDER, u.role)) byUser.set(u.userId, u);
  });
  return [...byUser.values()].sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.name.localeCompare(b.name));
}

/**
 * Who is shown as reconnecting: the Room marks the states of a participant whose connection went
 * quiet (contracts/cursor.ts PRESENCE_FIELD); a person with another live tab is simply here.
 */
export function reconnectingUsers(awareness: Awareness): Set<string> {
  const marked = new Set<string>();
  const live = new Set<string>();
  awareness.getStates().forEach((s) => {
    const userId = (s as { user?: { userId?: unknown } }).user?.userId;
    if (typeof userId !== "string") return;
    ((s as Record<string, unknown>)[PRESENCE_FIELD] === PRESENCE_RECONNECTING ? marked : live).add(userId);
  });
  for (const id of live) marked.delete(id);
  return marked;
}

export function Participants({ awareness, me }: { awareness: Awareness; me: Identity }) {
  const { t } = useTranslation();
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    awareness.on("change", bump);
    return () => awareness.off("change", bump);
  }, [awareness]);
  const people = participantsOf(awareness);
  const colors = personColors(awareness); // the colours their carets have
  const reconnecting = reconnectingUsers(awareness);
  if (!people.some((p) => p.userId === me.userId)) people.unshift(me);
  return (
    <>
      <ul className="participants" aria-label={t("participants.label")} data-testid="participants">
        {people.map((p) => (
          <li
            key={p.userId}
            className={`participant${reconnecting.has(p.userId) ? " reconnecting" : ""}`}
            title={t(reconnecting.has(p.userId) ? "presence.title" : "participants.title", { name: p.name, role: t(`roles.${p.role}`) })}
            data-presence={reconnecting.has(p.userId) ? PRESENCE_RECONNECTING : undefined}
          >
            <span className="avatar" style={avatarStyle(colors.get(p.userId) ?? p.color)} aria-hidden="true" translate="no">{initials(p.name)}</span>
            <span className={`avatar-role role-${p.role}`} aria-hidden="true">{t(`roleInitials.${p.role}`)}</span>
            <span className="participant-text">
              <span className="participant-name"><bdi>{p.name}</bdi>{p.userId === me.userId ? ` ${t("participants.you")}` : ""}</span>
              <span className="sr-only">, </span>
              <span className={`role-badge role-${p.role}`}>{t(`roles.${p.role}`)}</span>
              {reconnecting.has(p.userId) && (
                <>
                  <span className="sr-only">, </span>
                  <span className="presence-reconnecting" data-testid="participant-reconnecting">{t("presence.reconnecting")}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <Observers me={me} />
    </>
  );
}

/**
 * The observers count the Room publishes (spectators present, one per person). The Room keeps
 * their carets from candidates unless the interviewer allows them (the switch here), so a
 * candidate learns from this that someone is watching. Said by a status region that is always in
 * the page, so that a screen reader announces a change; shown beside it when there is someone.
 */
function Observers({ me }: { me: Identity }) {
  const { t } = useTranslation();
  const room = useContext(RoomContext);
  useObserveDeep(room ? metaMap(room.conn.state) : null);
  const meta = room ? readMeta(room.conn.state) : null;
  const count = meta?.observers ?? 0;
  const text = count > 0 ? t("participants.observers", { count }) : "";
  return (
    <>
      <span className="sr-only" role="status">{text}</span>
      {count > 0 && <span className="observers muted" aria-hidden="true" data-testid="observers">{text}</span>}
      {room && me.role === "interviewer" && count > 0 && (
        <SpectatorsSwitch roomId={room.roomId} token={room.token} visible={meta?.spectatorsVisible === true} onError={(m) => room.conn.notify(m)} />
      )}
    </>
  );
}

/** The avatar in its person's colour, its initials in white or black, whichever reads better on it (≥ 4.5:1). */
export function avatarStyle(background: string): { background: string; color: string } {
  const m = /^#([0-9a-f]{6})$/i.exec(background);
  if (!m) return { background, color: "#fff" };
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return { background, color: 1.05 / (luminance + 0.05) >= 4.5 ? "#fff" : "#000" };
}
