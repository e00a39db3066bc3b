// Larger org charts (a random forest: each employee's manager is an earlier employee or nobody);
// the oracle looks each manager up by id.
function outEarners(rows) {
  const salary = new Map(rows.map(([id, , s]) => [id, s]));
  return rows.filter(([, , s, m]) => m !== null && s > salary.get(m)).map(([, name]) => [name]);
}
export default function generate(rand) {
  const names = ["Ali", "Bea", "Cruz", "Dina", "Emre", "Fio", "Gia", "Hal", "Isa", "Jon", "Kim", "Lev", "Mei", "Nils", "Oya", "Pau", "Quin", "Rui"];
  const cases = [];
  // [rows, roots' share, salary range]: a narrow range makes many equal salaries
  for (const [n, roots, lo, hi] of [[300, 0.05, 1000, 1010], [1000, 0.01, 1, 1000000], [2500, 0.2, 5000, 5020], [3000, 0.001, 30000, 200000], [3000, 0.5, 1, 3]]) {
    const ids = rand.shuffle(Array.from({ length: n * 3 }, (_, i) => i + 1)).slice(0, n);
    const rows = [];
    for (let i = 0; i < n; i++) {
      const managerId = i === 0 || rand.next() < roots ? null : rows[rand.int(Math.max(0, i - 200), i - 1)][0];
      rows.push([ids[i], rand.pick(names), rand.int(lo, hi), managerId]);
    }
    rand.shuffle(rows);
    cases.push({ input: { Staff: rows }, output: { columns: ["employee"], rows: outEarners(rows) } });
  }
  return cases;
}
