import sys


class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # The Levenshtein recurrence as plain recursion without memo: up to 3^(m+n) calls.
        sys.setrecursionlimit(10000)

        def dist(i: int, j: int) -> int:
            if i == 0:
                return j
            if j == 0:
                return i
            if word1[i - 1] == word2[j - 1]:
                return dist(i - 1, j - 1)
            return 1 + min(dist(i - 1, j), dist(i, j - 1), dist(i - 1, j - 1))

        return dist(len(word1), len(word2))
