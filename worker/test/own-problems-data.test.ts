import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ownProblemRef } from "../../contracts/own-problems";
import { db } from "../../data/db";
import {
  addOwnProblemVersion, createOwnProblem, deleteOwnProblem, listOwnProblems, loadOwnJudgeProblem, ownProblemWithDraft, readyOwnProblems, setVersionStatus,
} from "../../data/own-problems";
import { compileDraft } from "../own-problems/version";
import { addDraft } from "./own-problems-fixture";

const d = () => db(env.DB);

describe("own problems in D1", () => {
  it("every edit is a new version; earlier versions judge as they were; deleting hides the problem and keeps its versions", async () => {
    const scope = { orgIds: [], userId: `u-${crypto.randomUUID()}` };
    const id = await createOwnProblem(d(), { orgId: null, ownerId: scope.userId }, compileDraft(addDraft(), scope.userId));
    expect(id).toMatch(/^[a-z0-9]{12}$/);
    const v2 = await addOwnProblemVersion(d(), id, compileDraft(addDraft({ hiddenTests: [{ input: { a: 1, b: 1 }, output: 3 }] }), scope.userId));
    expect(v2).toBe(2);
    const [v1Judge, v2Judge] = await Promise.all([loadOwnJudgeProblem(d(), ownProblemRef(id, 1)), loadOwnJudgeProblem(d(), ownProblemRef(id, 2))]);
    expect(v1Judge?.hidden.map((t) => t.expected)).toEqual(["4\n", "0\n"]);
    expect(v2Judge?.hidden.map((t) => t.expected)).toEqual(["3\n"]);
    expect(await loadOwnJudgeProblem(d(), ownProblemRef(id, 3))).toBeNull();

    expect((await listOwnProblems(d(), scope)).map((p) => [p.latest.version, p.latest.status, p.readyVersion])).toEqual([[2, "checking", null]]);
    expect(await readyOwnProblems(d(), scope)).toEqual([]); // nothing passed its checks yet
    await setVersionStatus(d(), id, 1, "ready", null);
    expect((await readyOwnProblems(d(), scope)).map((p) => p.slug)).toEqual([ownProblemRef(id, 1)]);
    expect((await ownProblemWithDraft(d(), id))?.draft.hiddenTests).toHaveLength(1);

    await deleteOwnProblem(d(), id);
    expect(await listOwnProblems(d(), scope)).toEqual([]);
    expect(await ownProblemWithDraft(d(), id)).toBeNull();
    expect(await loadOwnJudgeProblem(d(), ownProblemRef(id, 1))).not.toBeNull(); // a room that pinned it still judges
  });

  it("two edits at once get two versions", async () => {
    const by = `u-${crypto.randomUUID()}`;
    const id = await createOwnProblem(d(), { orgId: null, ownerId: by }, compileDraft(addDraft(), by));
    const versions = await Promise.all([2, 3].map(() => addOwnProblemVersion(d(), id, compileDraft(addDraft(), by))));
    expect(versions.sort()).toEqual([2, 3]);
  });
});
