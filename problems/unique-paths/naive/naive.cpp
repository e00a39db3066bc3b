class Solution {
public:
    // Every path counted one at a time: plain recursion without memo, as many leaves as paths.
    long long uniquePaths(int m, int n) {
        if (m == 1 || n == 1) return 1;
        return uniquePaths(m - 1, n) + uniquePaths(m, n - 1);
    }
};
