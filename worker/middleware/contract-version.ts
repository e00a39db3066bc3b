import type { MiddlewareHandler } from "hono";
import { CONTRACT_HEADER, CONTRACT_VERSION, contractVerdict, readContract } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";

/**
 * The contract version on every API call (contracts/wire.ts CONTRACT_VERSION): a page older than
 * the previous version is answered 426 `client_outdated` before anything runs (it may speak a shape
 * this Worker no longer reads); the current and previous ones, and calls with no version (API
 * clients, curl), are served. A versioned call's answer carries the deployed version in the same
 * header, so a page on the previous version learns of the deploy from any command.
 */
export function contractVersion(): MiddlewareHandler<AppEnv> {
  return async function contractVersionMiddleware(c, next) {
    const sent = readContract(c.req.header(CONTRACT_HEADER));
    if (sent === "invalid") throw new HttpError("bad_request", `${CONTRACT_HEADER} must be a contract version (a whole number)`);
    if (contractVerdict(sent) === "reload") {
      throw new HttpError("client_outdated", `this page speaks contract ${sent}; Duet is at ${CONTRACT_VERSION}: reload the page`);
    }
    // Only to a page that sent its own (a stock client's answers stay exactly as they were).
    if (sent !== null) c.header(CONTRACT_HEADER, String(CONTRACT_VERSION));
    await next();
  };
}
