# Greedy: walk text1 and match each character at its next occurrence in text2, never reconsidering.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        j = 0
        count = 0
        for ch in text1:
            k = text2.find(ch, j)
            if k != -1:
                count += 1
                j = k + 1
        return count
