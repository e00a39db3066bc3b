public class Solution {
    public long ClimbStairs(int n) {
        // Fibonacci: passes 2^31 at n = 46, hence long
        long prev = 1, cur = 1;
        for (int i = 2; i <= n; i++) {
            long next = prev + cur;
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
