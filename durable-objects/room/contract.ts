/**
 * The contract version at the Room's door (contracts/wire.ts CONTRACT_VERSION): a socket on the
 * previous version is served and told, in a contract frame, which version is deployed, so its page
 * reloads at a safe moment; an older one is closed with CLOSE.RELOAD (the Worker refuses those
 * before the room wakes; the Room checks again because its deployed version may differ, below).
 *
 * Under DUET_ENV=test a room can be told a newer version is deployed (testDeploy), so a browser
 * test sees a deploy happen to a page that stays open: the only way to make the running bundle the
 * older one without building a second web app.
 */
import * as encoding from "lib0/encoding";
import { CLOSE, CONTRACT_VERSION, MESSAGE_CONTRACT, contractVerdict } from "../../contracts/wire";
import { send } from "./sockets";

const TEST_DEPLOYED_KEY = "test:deployedContract";

interface ContractHost {
  env: { DUET_ENV?: string };
  ctx: DurableObjectState;
}

/** The version this room takes as deployed: the code's, or in tests what testDeploy set. */
export function deployedContract({ env, ctx }: ContractHost): number {
  if (env.DUET_ENV !== "test") return CONTRACT_VERSION;
  const set = ctx.storage.kv.get<number>(TEST_DEPLOYED_KEY);
  return typeof set === "number" ? set : CONTRACT_VERSION;
}

/**
 * An arriving socket's version against the deployed one: true when it may stay (the previous
 * version is sent the contract frame); false when it was closed for reload.
 */
export function admitContract(ws: WebSocket, sent: number | undefined, deployed: number): boolean {
  const verdict = contractVerdict(sent ?? null, deployed);
  if (verdict === "reload") {
    ws.accept();
    ws.close(CLOSE.RELOAD, `this page speaks contract ${sent}; the room is at ${deployed}: reload`);
    return false;
  }
  return true;
}

/** After arrival: tells a socket on the previous version which one is deployed. */
export function announceContract(ws: WebSocket, sent: number | undefined, deployed: number): void {
  if (contractVerdict(sent ?? null, deployed) !== "previous") return;
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_CONTRACT);
  encoding.writeVarUint(e, deployed);
  send(ws, encoding.toUint8Array(e));
}

/** Test-only (DUET_ENV=test): `contract` is deployed from now on, and the object ends as a deploy ends it. */
export async function testDeploy({ env, ctx }: ContractHost, contract: number): Promise<void> {
  if (env.DUET_ENV !== "test") throw new Error("testDeploy exists only when DUET_ENV is test");
  ctx.storage.kv.put(TEST_DEPLOYED_KEY, contract);
  await ctx.storage.sync(); // on disk before the abort discards the instance
  ctx.abort("a deploy, simulated by a test");
}
