/**
 * The organisation's interviews, for its reviewers and admins: title, interviewer, when, status,
 * and "Watch" for an open one — entering without a link (`POST /api/rooms/:roomId/enter`), which
 * makes a reviewer a spectator, the session kept in this tab as after a join.
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useAction } from "../account/useAction";
import { statusOf } from "../account/YourInterviews";
import { errorMessage } from "../i18n/errors";
import { useFormat } from "../i18n/format";
import { enterRoom } from "../account/enter-room";
import { OrgApi } from "./org-api";
import { ColumnHeads } from "./parts";
import { useLoad } from "./useLoad";

export function OrgInterviews({ orgId, navigate }: { orgId: string; navigate(path: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error: loadError } = useLoad(useCallback(() => OrgApi.interviews(orgId), [orgId]));
  const { busy, error, run } = useAction<string>(errorMessage);
  const watch = (roomId: string) => run(roomId, () => enterRoom(roomId, navigate));
  const statusText = { open: t("interviews.statusOpen"), ended: t("interviews.statusEnded"), expired: t("interviews.statusExpired") };
  return (
    <section className="card org-section" aria-labelledby="org-interviews-title" data-testid="org-interviews">
      <h2 id="org-interviews-title">{t("org.interviewsTitle")}</h2>
      {(error ?? loadError) && <p className="form-error" role="alert">{error ?? loadError}</p>}
      {data === null ? (
        !loadError && <p className="muted">{t("app.loading")}</p>
      ) : data.interviews.length === 0 ? (
        <p className="muted">{t("org.interviewsEmpty")}</p>
      ) : (
        <table className="org-table">
          <ColumnHeads names={[t("org.interviewTitle"), t("org.interviewer"), t("org.created"), t("org.status"), t("org.actions")]} />
          <tbody>
            {data.interviews.map((i) => {
              const status = statusOf(i);
              return (
                <tr key={i.roomId} data-testid="org-interview" data-room-id={i.roomId}>
                  <th scope="row" id={`org-interview-${i.roomId}`}><bdi>{i.title}</bdi></th>
                  <td><bdi>{i.ownerName ?? t("org.apiKeyOwner")}</bdi></td>
                  <td>{format.dateTime(i.createdAt)}</td>
                  <td><span className={`interview-status status-${status}`}>{statusText[status]}</span></td>
                  <td>
                    {status === "open" && (
                      <button type="button" className="btn btn-small" disabled={busy !== null} aria-describedby={`org-interview-${i.roomId}`}
                        onClick={() => watch(i.roomId)} data-testid="watch-interview">{t("org.watch")}</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
