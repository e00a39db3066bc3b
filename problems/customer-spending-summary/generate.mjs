// Larger shops; the oracle tallies orders per customer id in JavaScript.
function summary(customers, orders) {
  const count = new Map();
  const total = new Map();
  for (const [, customerId, amount] of orders) {
    count.set(customerId, (count.get(customerId) ?? 0) + 1);
    if (amount !== null) total.set(customerId, (total.get(customerId) ?? 0) + amount);
  }
  return customers.map(([id, name]) => [id, name, count.get(id) ?? 0, total.get(id) ?? 0]);
}
export default function generate(rand) {
  const names = ["Ada", "Bo", "Cleo", "Dev", "Eun", "Femi", "Gus", "Hana", "Ivo", "Jia", "Kofi", "Lea"];
  const cases = [];
  // [customers, orders, share of unpriced orders, share of customers who buy]
  for (const [nc, no, unpriced, active] of [[200, 400, 0.2, 0.6], [800, 3000, 0.05, 0.9], [1500, 1000, 0.5, 0.3], [1000, 2500, 0, 0.5], [600, 2000, 0.9, 1], [1500, 30, 0.3, 0.01]]) {
    const ids = rand.shuffle(Array.from({ length: nc * 2 }, (_, i) => i + 1)).slice(0, nc);
    const customers = ids.map((id) => [id, rand.pick(names)]);
    let buyers = ids.filter(() => rand.next() < active);
    if (buyers.length === 0) buyers = [ids[0]];
    const orders = Array.from({ length: no }, (_, i) => [i + 1, rand.pick(buyers), rand.next() < unpriced ? null : rand.int(1, 10000)]);
    rand.shuffle(orders);
    cases.push({ input: { Customers: customers, Orders: orders }, output: { columns: ["customerId", "name", "orderCount", "totalSpent"], rows: summary(customers, orders) } });
  }
  return cases;
}
