/**
 * Large test inputs as a recipe, not as data. A complexity guard needs inputs of megabytes (10^5
 * numbers and more), far over the runner's per-test cap; what travels is the recipe (a few hundred
 * bytes), and the runner makes the input from it next to the run, in the sandbox's work directory.
 * The problem loader makes the same input from the same recipe to compute the expected output with
 * its oracle, so both sides must expand a recipe identically: one pure function, here.
 *
 *   recipe  = [ value, … ]                 one per stdin line (a parameter each), printed as JSON
 *   value   = literal JSON | { "$gen": kind, … }
 *   kinds   ints      {n, min, max, seed, order?: "asc"|"desc", distinct?}   n integers in [min, max]
 *           range     {from, n, step?}                                      from, from+step, … (n of them)
 *           string    {n, alphabet, seed}                                   n characters drawn from alphabet
 *           strings   {n, minLength, maxLength, alphabet, seed}             n such strings
 *           intervals {n, min, max, minLength, maxLength, seed}             n pairs [s, s+len] within [min, max]
 *           repeat    {value, times}                                        an array's items (a string) `times` over
 *           concat    {parts: [value, …]}                                   arrays (or strings) end to end
 *           zip       {columns: [value, …]}                                 equal-length arrays into rows
 *
 * Randomness is mulberry32 seeded by `seed`: the same recipe is the same input everywhere.
 */
import { z } from "zod";

/** A recipe may make at most this many numbers and characters in all (about 16 MiB printed). */
export const MAX_GENERATED_ITEMS = 4_000_000;
/** A recipe's own size, as JSON. */
export const MAX_RECIPE_BYTES = 4 * 1024;

const count = z.number().int().min(0).max(MAX_GENERATED_ITEMS);
const int = z.number().int().min(-(2 ** 53)).max(2 ** 53);
const seed = z.number().int().min(0).max(2 ** 32 - 1);
const alphabet = z.string().min(1).max(256);

type Gen =
  | { $gen: "ints"; n: number; min: number; max: number; seed: number; order?: "asc" | "desc"; distinct?: boolean }
  | { $gen: "range"; from: number; n: number; step?: number }
  | { $gen: "string"; n: number; alphabet: string; seed: number }
  | { $gen: "strings"; n: number; minLength: number; maxLength: number; alphabet: string; seed: number }
  | { $gen: "intervals"; n: number; min: number; max: number; minLength: number; maxLength: number; seed: number }
  | { $gen: "repeat"; value: GenValue; times: number }
  | { $gen: "concat"; parts: GenValue[] }
  | { $gen: "zip"; columns: GenValue[] };
export type GenValue = Gen | string | number | boolean | null | unknown[];

const LiteralSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown())]);

export const GenValueSchema: z.ZodType<GenValue> = z.lazy(() =>
  z.union([
    z.discriminatedUnion("$gen", [
      z.strictObject({ $gen: z.literal("ints"), n: count, min: int, max: int, seed, order: z.enum(["asc", "desc"]).optional(), distinct: z.boolean().optional() }),
      z.strictObject({ $gen: z.literal("range"), from: int, n: count, step: int.optional() }),
      z.strictObject({ $gen: z.literal("string"), n: count, alphabet, seed }),
      z.strictObject({ $gen: z.literal("strings"), n: count, minLength: count, maxLength: count, alphabet, seed }),
      z.strictObject({ $gen: z.literal("intervals"), n: count, min: int, max: int, minLength: count, maxLength: count, seed }),
      z.strictObject({ $gen: z.literal("repeat"), value: GenValueSchema, times: count }),
      z.strictObject({ $gen: z.literal("concat"), parts: z.array(GenValueSchema).min(1).max(64) }),
      z.strictObject({ $gen: z.literal("zip"), columns: z.array(GenValueSchema).min(1).max(8) }),
    ]),
    LiteralSchema,
  ]),
);

/** The runner's `generate`: one value per stdin line. */
export const RecipeSchema = z
  .array(GenValueSchema)
  .min(1)
  .max(16)
  .refine((r) => new TextEncoder().encode(JSON.stringify(r)).byteLength <= MAX_RECIPE_BYTES, `a recipe is at most ${MAX_RECIPE_BYTES} bytes`);
export type Recipe = z.infer<typeof RecipeSchema>;

export class RecipeError extends Error {}

/** True for a `{"$gen": …}` object (anything else is a literal value). */
export function isGen(v: unknown): v is Gen {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "$gen" in v;
}

/** True when a value is, or holds, a recipe. */
export function hasGen(v: unknown): boolean {
  return isGen(v) || (Array.isArray(v) && v.some(hasGen));
}

/** The value a recipe makes. Throws RecipeError for a recipe that cannot be made (or makes too much). */
export function expandValue(v: GenValue): unknown {
  const budget = { left: MAX_GENERATED_ITEMS };
  return expand(v, budget);
}

/** A recipe's stdin: each value printed as JSON, one a line. */
export function expandRecipe(recipe: Recipe): string {
  return recipe.map((v) => JSON.stringify(expandValue(v))).join("\n") + "\n";
}

type Budget = { left: number };

function spend(budget: Budget, n: number): void {
  budget.left -= n;
  if (budget.left < 0) throw new RecipeError(`a recipe makes at most ${MAX_GENERATED_ITEMS} items`);
}

function expand(v: GenValue, budget: Budget): unknown {
  if (!isGen(v)) {
    if (Array.isArray(v) && v.some(hasGen)) throw new RecipeError("a literal array cannot hold a recipe: use concat");
    return v;
  }
  switch (v.$gen) {
    case "ints":
      return ints(v, budget);
    case "range": {
      spend(budget, v.n);
      const step = v.step ?? 1;
      return Array.from({ length: v.n }, (_, i) => v.from + i * step);
    }
    case "string": {
      spend(budget, v.n);
      const r = mulberry32(v.seed);
      let s = "";
      for (let i = 0; i < v.n; i++) s += v.alphabet[Math.floor(r() * v.alphabet.length)];
      return s;
    }
    case "strings": {
      if (v.minLength > v.maxLength) throw new RecipeError("strings: minLength is over maxLength");
      const r = mulberry32(v.seed);
      return Array.from({ length: v.n }, () => {
        const len = v.minLength + Math.floor(r() * (v.maxLength - v.minLength + 1));
        spend(budget, len + 1);
        let s = "";
        for (let i = 0; i < len; i++) s += v.alphabet[Math.floor(r() * v.alphabet.length)];
        return s;
      });
    }
    case "intervals": {
      if (v.minLength > v.maxLength || v.max - v.min < v.maxLength) throw new RecipeError("intervals: the lengths do not fit in [min, max]");
      spend(budget, 2 * v.n);
      const r = mulberry32(v.seed);
      return Array.from({ length: v.n }, () => {
        const len = v.minLength + Math.floor(r() * (v.maxLength - v.minLength + 1));
        const start = v.min + Math.floor(r() * (v.max - len - v.min + 1));
        return [start, start + len];
      });
    }
    case "repeat": {
      const one = expand(v.value, budget);
      if (typeof one === "string") {
        spend(budget, one.length * v.times);
        return one.repeat(v.times);
      }
      if (!Array.isArray(one)) throw new RecipeError("repeat: the value must be an array or a string");
      spend(budget, one.length * v.times);
      const out: unknown[] = [];
      for (let i = 0; i < v.times; i++) for (const x of one) out.push(x);
      return out;
    }
    case "concat": {
      const parts = v.parts.map((p) => expand(p, budget));
      if (parts.every((p) => typeof p === "string")) return (parts as string[]).join("");
      if (!parts.every(Array.isArray)) throw new RecipeError("concat: the parts must be all arrays or all strings");
      return (parts as unknown[][]).flat(1);
    }
    case "zip": {
      const cols = v.columns.map((c) => expand(c, budget));
      if (!cols.every(Array.isArray)) throw new RecipeError("zip: every column must be an array");
      const n = (cols[0] as unknown[]).length;
      if (!(cols as unknown[][]).every((c) => c.length === n)) throw new RecipeError("zip: the columns differ in length");
      return Array.from({ length: n }, (_, i) => (cols as unknown[][]).map((c) => c[i]));
    }
  }
}

function ints(v: Extract<Gen, { $gen: "ints" }>, budget: Budget): number[] {
  if (v.min > v.max) throw new RecipeError("ints: min is over max");
  const span = v.max - v.min + 1;
  if (span > 2 ** 32) throw new RecipeError("ints: max - min is at most 2^32 - 1");
  if (v.distinct && span < 2 * v.n) throw new RecipeError("ints: distinct needs a range of twice n at least");
  spend(budget, v.n);
  const r = mulberry32(v.seed);
  const out: number[] = [];
  const seen = v.distinct ? new Set<number>() : null;
  while (out.length < v.n) {
    const x = v.min + Math.floor(r() * span);
    if (seen) {
      if (seen.has(x)) continue;
      seen.add(x);
    }
    out.push(x);
  }
  if (v.order === "asc") out.sort((a, b) => a - b);
  if (v.order === "desc") out.sort((a, b) => b - a);
  return out;
}

/** mulberry32: uniform in [0, 1) with 32 bits, exact for spans up to 2^32. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A line a person can read in place of a made value: "100000 ints in [-1000000000, 1000000000], seed 7". */
export function describeValue(v: GenValue): string {
  if (!isGen(v)) return JSON.stringify(v);
  switch (v.$gen) {
    case "ints":
      return `${v.n} ${v.distinct ? "distinct " : ""}ints in [${v.min}, ${v.max}]${v.order ? `, ${v.order === "asc" ? "ascending" : "descending"}` : ""} (seed ${v.seed})`;
    case "range":
      return `${v.from}, ${v.from + (v.step ?? 1)}, … (${v.n} values)`;
    case "string":
      return `${v.n} characters of "${v.alphabet}" (seed ${v.seed})`;
    case "strings":
      return `${v.n} strings of ${v.minLength}-${v.maxLength} characters of "${v.alphabet}" (seed ${v.seed})`;
    case "intervals":
      return `${v.n} intervals in [${v.min}, ${v.max}] of length ${v.minLength}-${v.maxLength} (seed ${v.seed})`;
    case "repeat":
      return `${describeValue(v.value)} × ${v.times}`;
    case "concat":
      return v.parts.map(describeValue).join(" + ");
    case "zip":
      return `rows of (${v.columns.map(describeValue).join("; ")})`;
  }
}
