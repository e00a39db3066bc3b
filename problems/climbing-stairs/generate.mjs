export default function generate() {
  const ways = [1, 1];
  for (let i = 2; i <= 75; i++) ways.push(ways[i - 1] + ways[i - 2]);
  return [1, 4, 5, 10, 30, 44, 45, 46, 60, 70, 75].map((n) => ({ input: { n }, output: ways[n] }));
}
