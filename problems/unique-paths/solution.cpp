// C(m + n - 2, k) with k = min(m, n) - 1, built incrementally: after step i the value is
// C(m + n - 2 - k + i, i), so every division is exact.
class Solution {
public:
    long long uniquePaths(int m, int n) {
        int k = min(m, n) - 1, top = m + n - 2;
        long long r = 1;
        for (int i = 1; i <= k; i++) r = r * (top - k + i) / i;
        return r;
    }
};
