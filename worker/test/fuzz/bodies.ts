/**
 * Every zod-validated HTTP body, with an arbitrary of valid bodies for each: what the body fuzz
 * tests drive, in one table so a new command route is one new row.
 */
import fc from "fast-check";
import type { z } from "zod";
import { LANGUAGE_IDS } from "../../../contracts/languages";
import { ROUTE_BODIES } from "../../../contracts/route-bodies";
import type { RouteName } from "../../../contracts/routes";
import { API_KEY_SCOPES, PrivacyUrlSchema } from "../../../contracts/accounts";
import { ORG_ROLES } from "../../../contracts/org-roles";
import { TIMER_AT_ZERO } from "../../../contracts/room-state";
import { ROLES } from "../../../contracts/wire";
import { ORG_EVENT_TYPES } from "../../../contracts/webhooks";
import { addDraft } from "../own-problems-fixture";

/** Who sends the body: nobody in particular, a room link or session, or a signed-in organisation admin (cookie). */
export type Who = "anyone" | "invite" | "interviewer" | "candidate" | "admin";

export interface BodyRoute {
  /** The route in contracts/routes.ts; its request schema (contracts/route-bodies.ts) is what the Worker validates the body with. */
  name: RouteName;
  who: Who;
  schema: z.ZodType;
  /** Field names, so the fuzzer also tries the right keys with wrong values. */
  keys: string[];
  valid: fc.Arbitrary<Record<string, unknown>>;
  /** Valid bodies have effects too costly to repeat hundreds of times (real runs): fuzz only invalid ones. */
  invalidOnly?: boolean;
}

const visible = fc.tuple(fc.constantFrom(..."aZ9é王ب"), fc.string({ maxLength: 30 })).map(([v, rest]) => v + rest);
const language = fc.constantFrom(...LANGUAGE_IDS);
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
const word = fc.stringMatching(/^[a-z0-9]{1,64}$/);
/** An organisation invite link's fragment: `<id>.<secret>`. */
const inviteCode = fc.tuple(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)).map(([i, s]) => `${i}.${s}`);
const hours = fc.integer({ min: 1, max: 168 });
const minutes = fc.integer({ min: 1, max: 600 });
const atZero = fc.constantFrom(...TIMER_AT_ZERO);
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** A scorecard rubric: 1–20 criteria with distinct ids (contracts/scorecards.ts). */
const rubric = fc.uniqueArray(
  fc.record({ id: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,39}$/), title: visible.map((s) => s.slice(0, 80)), description: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }) }),
  { minLength: 1, maxLength: 20, selector: (c) => c.id },
).map((cs) => cs.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))));
const rating = (id: string) => fc.record({ criterionId: fc.constant(id), rating: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), evidence: fc.string({ maxLength: 100 }) });
/** Drops undefined fields (an optional field is either there or not). */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const row = <N extends RouteName>(name: N, r: Omit<BodyRoute, "name" | "schema">): BodyRoute => {
  const schema = ROUTE_BODIES[name].request;
  if (!schema) throw new Error(`${name} takes no body`);
  return { name, schema, ...r };
};

export const BODY_ROUTES: BodyRoute[] = [
  row("createRoom", { who: "anyone", keys: ["title", "ttlHours", "language", "problem"], valid: record({ title: optional(visible), ttlHours: optional(hours), language: optional(language) }) }),
  row("join", { who: "invite", keys: ["name", "resume"], valid: record({ name: visible, resume: optional(fc.stringMatching(/^[A-Za-z0-9_-]{1,60}\.[A-Za-z0-9_-]{43}$/)) }) }),
  row("setReadOnly", { who: "interviewer", keys: ["candidateReadOnly"], valid: record({ candidateReadOnly: fc.boolean() }) }),
  row("createInvite", { who: "interviewer", keys: ["role", "singleUse"], valid: record({ role: fc.constantFrom(...ROLES), singleUse: optional(fc.boolean()) }) }),
  row("inviteInfo", { who: "invite", keys: ["resume"], valid: record({ resume: optional(fc.stringMatching(/^[A-Za-z0-9_-]{1,60}\.[A-Za-z0-9_-]{43}$/)) }) }),
  row("extend", { who: "interviewer", keys: ["hours"], valid: record({ hours }) }),
  row("chat", { who: "candidate", keys: ["text"], valid: record({ text: visible }) }),
  // The interviewer: setReadOnly's fuzzing may leave the candidate read-only, who is then refused (403 read_only) whatever the body.
  row("setLanguage", { who: "interviewer", keys: ["language"], valid: record({ language }) }),
  row("setSpectatorsVisible", { who: "interviewer", keys: ["visible"], valid: record({ visible: fc.boolean() }) }),
  row("setProblem", { who: "interviewer", keys: ["slug", "code"], valid: record({ slug: fc.option(slug, { nil: null }), code: optional(fc.constantFrom("keep", "replace")) }) }),
  row("timer", {
    who: "interviewer", keys: ["action", "minutes", "atZero"],
    valid: fc.oneof(
      record({ action: fc.constant("start"), minutes: optional(minutes), atZero: optional(atZero) }), record({ action: fc.constant("pause") }), record({ action: fc.constant("resume") }),
      record({ action: fc.constant("reset"), minutes: optional(minutes), atZero: optional(atZero) }), record({ action: fc.constant("at-zero"), atZero }),
      record({ action: fc.constant("adjust"), minutes: fc.integer({ min: -180, max: 180 }).filter((m) => m !== 0) }),
    ),
  }),
  row("startRun", { who: "candidate", keys: ["language", "stdin", "cases", "examples"], valid: record({ language, stdin: optional(fc.string()) }), invalidOnly: true }),
  row("submit", { who: "candidate", keys: ["language"], valid: record({ language }), invalidOnly: true }),
  row("createOrg", { who: "admin", keys: ["name"], valid: record({ name: visible }) }),
  row("createOrgInvite", { who: "admin", keys: ["role", "ttlHours"], valid: record({ role: fc.constantFrom(...ORG_ROLES), ttlHours: optional(hours) }) }),
  row("acceptOrgInvite", {
    who: "admin", keys: ["invite"],
    valid: record({ invite: inviteCode }),
  }),
  row("previewOrgInvite", {
    who: "anyone", keys: ["invite"],
    valid: record({ invite: inviteCode }),
  }),
  row("setMemberRole", { who: "admin", keys: ["role"], valid: record({ role: fc.constantFrom(...ORG_ROLES) }) }),
  row("updateOrgSettings", {
    who: "admin", keys: ["runsPerHour", "roomsWithRuns", "retentionDays", "defaultRubric", "privacyUrl"],
    valid: record({
      runsPerHour: optional(fc.integer({ min: 1, max: 100_000 })),
      roomsWithRuns: optional(fc.integer({ min: 1, max: 1_000 })),
      retentionDays: optional(fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null })),
      defaultRubric: optional(fc.option(rubric, { nil: null })),
      privacyUrl: optional(fc.option(fc.webUrl({ validSchemes: ["https"] }).filter((u) => PrivacyUrlSchema.safeParse(u).success), { nil: null })),
    }),
  }),
  row("saveScorecard", {
    who: "interviewer", keys: ["ratings", "recommendation", "notes", "citations", "submit"],
    valid: record({
      ratings: optional(fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,39}$/), { maxLength: 20 }).chain((ids) => fc.tuple(...ids.map(rating)))),
      recommendation: optional(fc.option(fc.constantFrom("strong_no", "no", "yes", "strong_yes"), { nil: null })),
      notes: optional(fc.string({ maxLength: 200 })),
      citations: optional(fc.array(fc.record({ t: fc.nat(), label: fc.string({ maxLength: 50 }) }), { maxLength: 50 })),
      submit: optional(fc.boolean()),
    }),
  }),
  row("setRubric", { who: "interviewer", keys: ["rubric"], valid: record({ rubric }) }),
  // One batch every 5 s per participant: valid bodies would meet the rate limit, not the validator.
  row("signals", {
    who: "candidate", keys: ["signals"], invalidOnly: true,
    valid: record({ signals: fc.array(fc.oneof(
      fc.record({ kind: fc.constant("paste"), at: fc.nat(), size: fc.nat({ max: 10_000_000 }), external: fc.boolean() }),
      fc.record({ kind: fc.constantFrom("blur", "focus", "hidden", "visible"), at: fc.nat() }),
    ), { minLength: 1, maxLength: 50 }) }),
  }),
  row("recordAccess", { who: "interviewer", keys: ["spectators"], valid: record({ spectators: fc.boolean() }) }),
  row("eraseCandidate", { who: "admin", keys: ["name"], valid: record({ name: visible }) }),
  row("addRoomInterviewer", { who: "admin", keys: ["userId"], valid: record({ userId: word }) }),
  row("clientError", { who: "anyone", keys: ["kind", "message", "stack", "route"], valid: record({ kind: fc.constantFrom("error", "unhandledrejection"), message: visible, stack: optional(fc.string({ maxLength: 200 })), route: fc.stringMatching(/^\/[a-z0-9:/-]{0,40}$/) }) }),
  row("testDeploy", { who: "anyone", keys: ["contract"], valid: record({ contract: fc.nat({ max: 999_999 }) }), invalidOnly: true }),
  row("createApiKey", { who: "admin", keys: ["name", "scopes"], valid: record({ name: visible, scopes: fc.uniqueArray(fc.constantFrom(...API_KEY_SCOPES), { minLength: 1 }) }) }),
  row("createWebhook", {
    who: "admin", keys: ["url", "events"],
    valid: record({ url: fc.webUrl({ validSchemes: ["https"] }), events: fc.uniqueArray(fc.constantFrom(...ORG_EVENT_TYPES), { minLength: 1 }) }),
  }),
  // Valid drafts start checks on the real runner: fuzz only invalid ones through the Worker.
  row("createOwnProblem", {
    who: "admin", invalidOnly: true, keys: ["title", "difficulty", "tags", "statement", "signature", "examples", "hiddenTests", "references", "timeLimitMs", "expectedMinutes", "orgId"],
    valid: fc.record({ title: visible, difficulty: fc.constantFrom("easy", "medium", "hard") }).map((o) => ({ ...addDraft(), ...o })),
  }),
  row("editOwnProblem", {
    who: "admin", invalidOnly: true, keys: ["title", "difficulty", "tags", "statement", "signature", "examples", "hiddenTests", "references", "timeLimitMs", "expectedMinutes"],
    valid: fc.record({ statement: visible, timeLimitMs: fc.integer({ min: 200, max: 5000 }) }).map((o) => ({ ...addDraft(), ...o })),
  }),
  row("testSession", {
    who: "anyone", keys: ["roomId", "role", "userId", "name", "inviteId"],
    valid: record({ roomId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), role: fc.constantFrom(...ROLES), userId: word, name: word, inviteId: word }),
  }),
];

/** Any body text a client could send: JSON of any shape, the right keys with wrong values, valid bodies, and not-JSON at all. */
export function anyBodyText(route: BodyRoute): fc.Arbitrary<string> {
  const json = fc.jsonValue({ maxDepth: 3 });
  return fc.oneof(
    json.map((v) => JSON.stringify(v)),
    fc.dictionary(fc.constantFrom(...route.keys, "extra"), json, { maxKeys: 4 }).map((v) => JSON.stringify(v)),
    route.valid.chain((v) => fc.record({ key: fc.constantFrom(...route.keys), value: json }).map(({ key, value }) => JSON.stringify({ ...v, [key]: value }))),
    route.valid.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
}
