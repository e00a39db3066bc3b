/**
 * Canonical JSON: one text for one JSON value, so a hash of it is the same wherever it is computed
 * (the Worker sealing an export, `npm run verify-record` checking it, anyone's own verifier).
 *
 *   canonical(null | boolean | string | number) = JSON.stringify(value)   (a number that is not finite: null)
 *   canonical([a, b, …])  = "[" canonical(a) "," canonical(b) … "]"          (undefined items: null)
 *   canonical({k: v, …})  = "{" JSON.stringify(k) ":" canonical(v) "," … "}"
 *                           keys sorted by UTF-16 code units, keys whose value is undefined left out
 *
 * No whitespace anywhere. For the values JSON can carry this is RFC 8785 (JCS): JavaScript's number
 * and string serialisation, keys in code-unit order. A custom serialiser, not JSON.stringify over a
 * re-keyed object: objects list integer-like keys ("2", "10") first whatever the insertion order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    return text === undefined ? "null" : text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    fields.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${fields.join(",")}}`;
}
