// Larger companies; the oracle finds each department's three highest distinct salaries in JavaScript.
function topEarners(departments, employees) {
  const top = new Map();
  for (const [id] of departments) {
    const salaries = [...new Set(employees.filter((e) => e[3] === id).map((e) => e[2]))].sort((a, b) => b - a);
    top.set(id, new Set(salaries.slice(0, 3)));
  }
  const name = new Map(departments);
  return employees.filter(([, , salary, dept]) => dept !== null && top.get(dept).has(salary)).map(([, employee, salary, dept]) => [name.get(dept), employee, salary]);
}
export default function generate(rand) {
  const people = ["Abe", "Bo", "Cai", "Dee", "Eko", "Fox", "Guy", "Hao", "Ida", "Jo", "Kay", "Lu", "Max", "Ned", "Oli", "Pam"];
  const units = ["Research", "Sales", "Legal", "Support", "Finance", "Ops", "Design", "Data", "People", "Infra"];
  const cases = [];
  // [departments, employees, salary range, share without a department]
  for (const [nd, ne, lo, hi, none] of [[5, 200, 1000, 1010, 0.1], [20, 1000, 1, 1000000, 0.05], [100, 1500, 3000, 3008, 0.2], [3, 1200, 1, 1000000, 0], [60, 150, 1, 4, 0.3], [10, 1500, 40000, 40002, 0.5]]) {
    const deptIds = rand.shuffle(Array.from({ length: nd * 3 }, (_, i) => i + 1)).slice(0, nd);
    const departments = deptIds.map((id, i) => [id, `${rand.pick(units)} ${i + 1}`]);
    const employees = Array.from({ length: ne }, (_, i) => [i + 1, rand.pick(people), rand.int(lo, hi), rand.next() < none ? null : rand.pick(deptIds)]);
    rand.shuffle(employees);
    cases.push({ input: { Departments: departments, Employees: employees }, output: { columns: ["department", "employee", "salary"], rows: topEarners(departments, employees) } });
  }
  return cases;
}
