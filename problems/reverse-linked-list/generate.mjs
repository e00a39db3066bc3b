export default function generate(rand) {
  const lists = [[1], [0, 0], [-5000, 5000], [3, 1, 2]];
  for (let i = 0; i < 5; i++) lists.push(Array.from({ length: rand.int(1, 30) }, () => rand.int(-5000, 5000)));
  lists.push(Array.from({ length: 5000 }, () => rand.int(-5000, 5000)));
  return lists.map((head) => ({ input: { head }, output: [...head].reverse() }));
}
