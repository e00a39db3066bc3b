// Larger login logs built from random streaks (across month, year and leap-day boundaries) plus
// scattered single days and same-day repeats; the oracle turns each user's distinct days into day
// numbers and measures the runs in JavaScript.
const DAY = 86400000;
const dayNumber = (text) => Date.parse(text + "T00:00:00Z") / DAY;
function longest(users, logins) {
  const days = new Map(users.map(([id]) => [id, new Set()]));
  for (const [, userId, day] of logins) days.get(userId).add(dayNumber(day));
  return users.map(([id, name]) => {
    const sorted = [...days.get(id)].sort((a, b) => a - b);
    let best = 0;
    let run = 0;
    sorted.forEach((d, i) => { run = i > 0 && d === sorted[i - 1] + 1 ? run + 1 : 1; best = Math.max(best, run); });
    return [id, name, best];
  });
}
export default function generate(rand) {
  const names = ["Mina", "Noah", "Olu", "Pia", "Quy", "Rex", "Sol", "Tia", "Uli", "Vic"];
  const text = (n) => new Date(n * DAY).toISOString().slice(0, 10);
  const cases = [];
  // [users, logins, first day, days spanned, longest streak drawn, share of logins that repeat a day]
  for (const [nu, nl, start, span, maxRun, repeat] of [[30, 400, "2023-12-20", 90, 10, 0.2], [200, 3000, "2024-01-25", 60, 20, 0.3], [500, 2000, "2025-11-01", 400, 5, 0.1], [5, 3000, "2024-02-20", 30, 30, 0.5], [400, 600, "2026-01-01", 365, 3, 0], [50, 2500, "2024-12-01", 120, 60, 0.05]]) {
    const users = Array.from({ length: nu }, (_, i) => [i + 1 + rand.int(0, 1) * 1000, rand.pick(names)]);
    const first = dayNumber(start);
    const logins = [];
    while (logins.length < nl) {
      const [userId] = rand.pick(users);
      if (rand.next() < 0.02) continue; // some users stay without logins
      const begin = first + rand.int(0, span - 1);
      const length = Math.min(rand.int(1, maxRun), nl - logins.length);
      for (let d = 0; d < length && logins.length < nl; d++) {
        logins.push([0, userId, text(begin + d)]);
        if (rand.next() < repeat && logins.length < nl) logins.push([0, userId, text(begin + d)]);
      }
    }
    rand.shuffle(logins);
    const ids = rand.shuffle(Array.from({ length: nl * 2 }, (_, i) => i + 1));
    logins.forEach((row, i) => { row[0] = ids[i]; });
    cases.push({ input: { Users: users, Logins: logins }, output: { columns: ["userId", "name", "longestStreak"], rows: longest(users, logins) } });
  }
  return cases;
}
