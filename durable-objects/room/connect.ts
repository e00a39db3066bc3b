/**
 * The hand-off from the Worker to the Room: the Worker has verified who is connecting and to
 * which doc; it says so in headers that only it can set (the Room is not reachable from outside).
 */
import { DocNameSchema, IdentitySchema, type DocName, type Identity } from "../../contracts/wire";

const IDENTITY_HEADER = "x-duet-identity";
const DOC_HEADER = "x-duet-doc";

export function roomConnectRequest(request: Request, identity: Identity, doc: DocName): Request {
  const headers = new Headers(request.headers);
  headers.set(IDENTITY_HEADER, JSON.stringify(identity));
  headers.set(DOC_HEADER, doc);
  return new Request(request.url, { method: "GET", headers });
}

export function readRoomConnect(request: Request): { identity: Identity; doc: DocName } | null {
  try {
    const identity = IdentitySchema.safeParse(JSON.parse(request.headers.get(IDENTITY_HEADER) ?? "null"));
    const doc = DocNameSchema.safeParse(request.headers.get(DOC_HEADER));
    return identity.success && doc.success ? { identity: identity.data, doc: doc.data } : null;
  } catch {
    return null;
  }
}
