/**
 * The join page's first question: what does this link lead to? Asked before any name is, so a bad,
 * revoked or used link, or an ended room, says so at once (POST …/invite-info).
 */
import { useEffect, useState } from "react";
import type { InviteInfo, LinkErrorCode } from "../../../contracts/links";
import { Api } from "../lib/api";
import { linkErrorCode } from "./link-errors";

/** `unknown`: the check itself failed (network, server): the join form is offered and the join will say what is wrong. */
export type LinkCheck = { state: "checking" } | { state: "ok"; info: InviteInfo } | { state: "refused"; code: LinkErrorCode } | { state: "unknown" };

export function useInviteInfo(roomId: string, invite: string | null, resume: string | undefined) {
  const [check, setCheck] = useState<LinkCheck>({ state: invite ? "checking" : "unknown" });
  useEffect(() => {
    if (!invite) return;
    let live = true;
    Api.inviteInfo(roomId, invite, resume).then(
      (info) => live && setCheck({ state: "ok", info }),
      (e: unknown) => {
        const code = linkErrorCode(e);
        if (live) setCheck(code ? { state: "refused", code } : { state: "unknown" });
      },
    );
    return () => {
      live = false;
    };
  }, [roomId, invite, resume]);
  return [check, setCheck] as const;
}
