// Larger shops; the oracle collects the customer ids that appear in Orders (guest orders, NULL, belong to nobody).
function neverOrdered(customers, orders) {
  const buyers = new Set();
  for (const [, customerId] of orders) if (customerId !== null) buyers.add(customerId);
  return customers.filter(([id]) => !buyers.has(id)).map(([, name]) => [name]);
}
export default function generate(rand) {
  const first = ["Ada", "Bo", "Cleo", "Dev", "Eun", "Femi", "Gus", "Hana", "Ivo", "Jia", "Kofi", "Lea", "Mo", "Nia", "Oren", "Pia"];
  const cases = [];
  // [customers, orders, share of guest orders, share of customers who ever buy]
  for (const [nc, no, guest, active] of [[300, 500, 0.1, 0.5], [1000, 1500, 0.3, 0.9], [2000, 1500, 0.05, 0.2], [3000, 600, 0, 0.3], [800, 2000, 0.5, 1], [2000, 50, 0.2, 0.02]]) {
    const ids = rand.shuffle(Array.from({ length: nc * 2 }, (_, i) => i + 1)).slice(0, nc);
    const customers = ids.map((id) => [id, `${rand.pick(first)} ${rand.pick(first)}son`]);
    const buyers = customers.filter(() => rand.next() < active).map(([id]) => id);
    const orders = [];
    for (let i = 0; i < no; i++) {
      const customerId = buyers.length === 0 || rand.next() < guest ? null : rand.pick(buyers);
      orders.push([i + 1, customerId, rand.int(1, 500)]);
    }
    cases.push({ input: { Customers: customers, Orders: orders }, output: { columns: ["name"], rows: neverOrdered(customers, orders) } });
  }
  return cases;
}
