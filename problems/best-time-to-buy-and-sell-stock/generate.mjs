// Oracle: the best future price from the right (suffix maximum), checked against the all-pairs
// brute force on every small input.
function oracle(prices) {
  let best = 0, future = -Infinity;
  for (let i = prices.length - 1; i >= 0; i--) {
    future = Math.max(future, prices[i]);
    best = Math.max(best, future - prices[i]);
  }
  return best;
}
function brute(prices) {
  let best = 0;
  for (let i = 0; i < prices.length; i++) for (let j = i + 1; j < prices.length; j++) best = Math.max(best, prices[j] - prices[i]);
  return best;
}

export default function generate(rand) {
  const inputs = [
    [0],
    [10000],
    [1, 2],
    [2, 1],
    [3, 3, 3, 3],
    [0, 10000],
    [10000, 0, 10000],
    [3, 8, 1, 2],              // the global minimum comes after the best buy
    [2, 9, 1, 3, 0, 1],
    [7, 1, 5, 3, 6, 4],
    [1, 2, 3, 4, 5, 6, 7, 8],
  ];
  for (let i = 0; i < 8; i++) inputs.push(Array.from({ length: rand.int(2, 40) }, () => rand.int(0, 100)));
  for (const p of inputs) if (oracle(p) !== brute(p)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(p)}`);
  const n = 30000;
  // Large: random; strictly falling (answer 0); a best pair early followed by a lower minimum late.
  inputs.push(Array.from({ length: n }, () => rand.int(0, 10000)));
  inputs.push(Array.from({ length: n }, (_, i) => Math.floor(((n - 1 - i) * 10000) / (n - 1))));
  const trap = Array.from({ length: n }, () => rand.int(3000, 7000));
  trap[100] = 1000; trap[200] = 10000; trap[n - 10] = 0; trap[n - 5] = 2000;
  inputs.push(trap);
  return inputs.map((prices) => ({ input: { prices }, output: oracle(prices) }));
}
