// Larger random account tables; the oracle counts each address in JavaScript.
function duplicates(rows) {
  const count = new Map();
  for (const [, email] of rows) count.set(email, (count.get(email) ?? 0) + 1);
  return [...count].filter(([, c]) => c > 1).map(([email]) => [email]);
}
export default function generate(rand) {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const word = (n) => Array.from({ length: n }, () => letters[rand.int(0, 25)]).join("");
  const domains = ["duet.dev", "mail.io", "example.org", "corp.net"];
  const cases = [];
  // [rows, distinct-address pool size]: a small pool means many duplicates, a large one few
  for (const [n, pool] of [[200, 150], [1000, 300], [2000, 1900], [3000, 3000], [3000, 1200], [3000, 40]]) {
    const addresses = new Set();
    while (addresses.size < pool) addresses.add(`${word(rand.int(1, 8))}${rand.int(0, 3) === 0 ? "." + word(3) : ""}@${rand.pick(domains)}`);
    const list = [...addresses];
    const ids = rand.shuffle(Array.from({ length: n }, (_, i) => i + 1 + rand.int(0, 1) * 100000));
    const rows = ids.map((id) => [id, rand.pick(list)]);
    cases.push({ input: { Accounts: rows }, output: { columns: ["email"], rows: duplicates(rows) } });
  }
  return cases;
}
