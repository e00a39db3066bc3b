/**
 * A judged Run, end to end through a whole product (runner, Room, Worker): the candidate's buffer
 * gets a fresh comment (so the runner compiles, never its cache), then POST …/runs judges Two
 * Sum's examples; the time is from the POST to the stored run's end. The starter's answer is
 * wrong, which costs the same as a right one: every example still compiles, runs and is compared.
 */
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the node tests
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";
import { BenchClient } from "../collab/client";

export const JUDGED_LANGUAGES = ["python", "javascript", "typescript", "java", "cpp", "c", "go", "rust"] as const;
type Language = (typeof JUDGED_LANGUAGES)[number];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The judged Run's wall time in ms, for `language` in a new room of the product at `base`. */
export async function judgedRunMs(base: string, language: Language, salt: string): Promise<number> {
  const room = (await createRoom(base, { title: "versus", language, problem: "two-sum" })) as { roomId: string; links: Record<string, string> };
  const { token } = (await joinAs(base, room, "candidate", "Cam")) as { token: string };
  const client = new BenchClient(`${base.replace(/^http/, "ws")}${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}?token=${token}`);
  await client.connect();
  const text = client.doc.getText(`code:${language}`);
  text.insert(text.length, `\n${language === "python" ? "#" : "//"} ${salt}\n`);
  await sleep(100); // the edit reaches the Room (a run reads the Room's copy of the buffer)
  const started = performance.now();
  const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const res = await fetch(`${base}${pathTo(ROUTES.startRun, { roomId: room.roomId })}`, { method: "POST", headers: auth, body: JSON.stringify({ language }) });
  if (res.status !== 202) throw new Error(`${language}: run refused: ${res.status} ${await res.text()}`);
  const { runId } = (await res.json()) as { runId: string };
  for (;;) {
    const run = (await (await fetch(`${base}${pathTo(ROUTES.run, { roomId: room.roomId, runId })}`, { headers: auth })).json()) as { run?: { status: string; error?: string } };
    if (run.run && ["finished", "failed", "cancelled", "interrupted"].includes(run.run.status)) {
      await client.close();
      if (run.run.status !== "finished") throw new Error(`${language}: judged run ${run.run.status}: ${run.run.error ?? ""}`);
      return performance.now() - started;
    }
    await sleep(20);
  }
}
