/**
 * Who is signed in (`GET /api/me`), read once per page and again after anything that changes it
 * (sign-in, sign-out, a new organisation). `undefined` while the first answer is on its way.
 */
import { useCallback, useEffect, useState } from "react";
import type { MeResponse } from "../../../contracts/accounts";
import { Api } from "../lib/api";

export type Me = MeResponse;

/** If the server can't say, the page offers sign-in and no anonymous rooms: what production allows. */
const UNKNOWN: Me = { user: null, organizations: [], anonymousRooms: false, signIn: { providers: [], cloudflareAccess: false } };

export function useMe(): { me: Me | undefined; refresh(): Promise<void> } {
  const [me, setMe] = useState<Me | undefined>(undefined);
  const refresh = useCallback(() => Api.me().then(setMe, () => setMe(UNKNOWN)), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { me, refresh };
}
