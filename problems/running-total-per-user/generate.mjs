// Larger payment logs; the oracle sorts each user's payments by (day, id) and accumulates.
function runningTotals(rows) {
  const sorted = [...rows].sort((a, b) => a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) || a[0] - b[0]);
  const out = [];
  let user = null;
  let total = 0;
  for (const [id, userId, day, amount] of sorted) {
    if (userId !== user) { user = userId; total = 0; }
    total += amount ?? 0;
    out.push([id, userId, day, total]);
  }
  return out;
}
export default function generate(rand) {
  const dayOf = (k) => new Date(Date.UTC(2025, 0, 1) + k * 86400000).toISOString().slice(0, 10);
  const cases = [];
  // [payments, users, days spanned, share of failed payments]
  for (const [n, users, days, failed] of [[300, 10, 60, 0.1], [1000, 200, 365, 0.05], [1000, 3, 20, 0.3], [1000, 1000, 900, 0], [1000, 40, 5, 0.5], [800, 1, 400, 0.2]]) {
    const userIds = Array.from({ length: users }, () => rand.int(1, 100000));
    const ids = rand.shuffle(Array.from({ length: n * 2 }, (_, i) => i + 1)).slice(0, n);
    const rows = ids.map((id) => [id, rand.pick(userIds), dayOf(rand.int(0, days - 1)), rand.next() < failed ? null : rand.int(1, 100000)]);
    cases.push({ input: { Payments: rows }, output: { columns: ["paymentId", "userId", "day", "runningTotal"], rows: runningTotals(rows) } });
  }
  return cases;
}
