/**
 * Every zod-validated HTTP body, with an arbitrary of valid bodies for each: what the body fuzz
 * tests drive, in one table so a new command route is one new row.
 */
import fc from "fast-check";
import type { z } from "zod";
import { CreateInviteSchema, CreateRoomSchema, ExtendSchema, JoinSchema, SetReadOnlySchema } from "../../../contracts/api";
import { LANGUAGE_IDS } from "../../../contracts/languages";
import { ChatSchema, SetLanguageSchema, SetProblemSchema, SetSpectatorsVisibleSchema, StartRunSchema, SubmitSchema, TimerCommandSchema } from "../../../contracts/room-state";
import { ROLES } from "../../../contracts/wire";

export type Who = "anyone" | "invite" | "interviewer" | "candidate";

export interface BodyRoute {
  /** Path after /api/rooms/<id> ("" for POST /api/rooms itself). */
  path: string;
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
const hours = fc.integer({ min: 1, max: 168 });
const minutes = fc.integer({ min: 1, max: 600 });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Drops undefined fields (an optional field is either there or not). */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

export const BODY_ROUTES: BodyRoute[] = [
  { path: "", who: "anyone", schema: CreateRoomSchema, keys: ["title", "ttlHours", "language", "problem"], valid: record({ title: optional(visible), ttlHours: optional(hours), language: optional(language) }) },
  { path: "/join", who: "invite", schema: JoinSchema, keys: ["name"], valid: record({ name: visible }) },
  { path: "/read-only", who: "interviewer", schema: SetReadOnlySchema, keys: ["candidateReadOnly"], valid: record({ candidateReadOnly: fc.boolean() }) },
  { path: "/invites", who: "interviewer", schema: CreateInviteSchema, keys: ["role"], valid: record({ role: fc.constantFrom(...ROLES) }) },
  { path: "/extend", who: "interviewer", schema: ExtendSchema, keys: ["hours"], valid: record({ hours }) },
  { path: "/chat", who: "candidate", schema: ChatSchema, keys: ["text"], valid: record({ text: visible }) },
  { path: "/language", who: "candidate", schema: SetLanguageSchema, keys: ["language"], valid: record({ language }) },
  { path: "/spectators-visible", who: "interviewer", schema: SetSpectatorsVisibleSchema, keys: ["visible"], valid: record({ visible: fc.boolean() }) },
  { path: "/problem", who: "interviewer", schema: SetProblemSchema, keys: ["slug"], valid: record({ slug: fc.option(slug, { nil: null }) }) },
  {
    path: "/timer", who: "interviewer", schema: TimerCommandSchema, keys: ["action", "minutes"],
    valid: fc.oneof(record({ action: fc.constant("start"), minutes: optional(minutes) }), record({ action: fc.constant("pause") }), record({ action: fc.constant("reset"), minutes: optional(minutes) })),
  },
  { path: "/runs", who: "candidate", schema: StartRunSchema, keys: ["language", "stdin", "cases"], valid: record({ language, stdin: optional(fc.string()) }), invalidOnly: true },
  { path: "/submissions", who: "candidate", schema: SubmitSchema, keys: ["language"], valid: record({ language }), invalidOnly: true },
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
