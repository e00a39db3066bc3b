/** What the join page shows about its link: where it leads, or why it lets nobody in and what to do. */
import { useTranslation } from "react-i18next";
import type { LinkErrorCode } from "../../../contracts/links";
import type { LinkCheck } from "./useInviteInfo";
import { linkProblem } from "./link-errors";

/** Instead of the name form: the link's problem, in words a candidate understands, and the way on. */
export function LinkRefused({ code }: { code: LinkErrorCode }) {
  const { t } = useTranslation();
  const { title, next } = linkProblem(code);
  return (
    <div data-testid="link-refused" data-code={code}>
      <h1 id="join-title">{title}</h1>
      <p className="muted">{next}</p>
      <a className="btn btn-primary btn-block" href="/">{t("join.startOwn")}</a>
    </div>
  );
}

export function LinkChecking() {
  const { t } = useTranslation();
  return (
    <>
      <h1 id="join-title">{t("join.title")}</h1>
      <p className="muted" aria-busy="true" data-testid="link-checking"><span className="spinner" /> {t("links.checking")}</p>
    </>
  );
}

/** "You're joining 'Backend screen' as the candidate", and whether the link works in this browser only. */
export function LinkSummary({ check }: { check: LinkCheck }) {
  const { t } = useTranslation();
  if (check.state !== "ok") return null;
  const { title, role, status, singleUse } = check.info;
  const vars = { title, role: t(`roleNouns.${role}`) };
  return (
    <div data-testid="link-summary">
      <p className="join-summary">{status === "rejoin" ? t("links.rejoining", vars) : t("links.joiningAs", vars)}</p>
      {singleUse && <p className="muted">{t("links.singleUse")}</p>}
    </div>
  );
}
