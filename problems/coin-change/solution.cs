public class Solution {
    public int CoinChange(int[] coins, int amount) {
        int[] dp = new int[amount + 1];  // fewest coins for each amount, int.MaxValue = unreachable
        for (int a = 1; a <= amount; a++) dp[a] = int.MaxValue;
        for (int a = 1; a <= amount; a++) {
            foreach (int c in coins) {
                if (c <= a && dp[a - c] != int.MaxValue) dp[a] = Math.Min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] == int.MaxValue ? -1 : dp[amount];
    }
}
