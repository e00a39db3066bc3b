/** The account's teams, each a link to its page (/org/:orgId) with the account's role there. */
import { useTranslation } from "react-i18next";
import type { Membership } from "../../../contracts/accounts";

/** `card`: on the start page it stands as a card of its own; on /account it is a section of the account's card. */
export function TeamLinks({ teams, navigate, card = false }: { teams: Membership[]; navigate(path: string): void; card?: boolean }) {
  const { t } = useTranslation();
  if (teams.length === 0) return null;
  return (
    <nav className={card ? "card team-links team-links-card" : "team-links"} aria-labelledby="team-links-title" data-testid="team-links">
      <h2 id="team-links-title">{t("org.yourTeams")}</h2>
      <ul>
        {teams.map((o) => (
          <li key={o.id}>
            <a href={`/org/${encodeURIComponent(o.id)}`} data-testid="team-link" onClick={(e) => {
              e.preventDefault();
              navigate(`/org/${encodeURIComponent(o.id)}`);
            }}><bdi>{o.name}</bdi></a> <span className="muted">{t(`org.roles.${o.role}`)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
