class Solution {
    // The right recurrence (the last coin taken) as plain recursion without memo: exponential.
    public int coinChange(int[] coins, int amount) {
        int r = fewest(coins, amount);
        return r == Integer.MAX_VALUE ? -1 : r;
    }

    private int fewest(int[] coins, int a) {
        if (a == 0) return 0;
        int best = Integer.MAX_VALUE;
        for (int c : coins) {
            if (c > a) continue;
            int r = fewest(coins, a - c);
            if (r != Integer.MAX_VALUE && r + 1 < best) best = r + 1;
        }
        return best;
    }
}
