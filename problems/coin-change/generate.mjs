function coinChange(coins, amount) {
  const dp = Array(amount + 1).fill(Infinity);
  dp[0] = 0;
  for (let a = 1; a <= amount; a++) for (const c of coins) if (c <= a && dp[a - c] + 1 < dp[a]) dp[a] = dp[a - c] + 1;
  return dp[amount] === Infinity ? -1 : dp[amount];
}
export default function generate(rand) {
  const cases = [[[1], 1], [[2], 1], [[1], 10000], [[2147483647], 2], [[186, 419, 83, 408], 6249], [[3, 7], 11], [[5, 10], 3], [[1, 2147483647], 10000], [[7, 11, 13], 10000]];
  for (let i = 0; i < 6; i++) cases.push([Array.from({ length: rand.int(1, 12) }, () => rand.int(1, 500)), rand.int(0, 10000)]);
  cases.push([[9973, 9967, 9949, 9941, 9931, 9929, 9923, 9907, 9901, 9887, 9883, 9871], 10000]);
  return cases.map(([coins, amount]) => ({ input: { coins, amount }, output: coinChange(coins, amount) }));
}
