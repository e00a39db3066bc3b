class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Every path counted one at a time: plain recursion without memo, as many leaves as paths.
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)
