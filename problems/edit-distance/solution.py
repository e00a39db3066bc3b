class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        n = len(word2)
        row = list(range(n + 1))  # row[j]: distance from the current prefix of word1 to word2[:j]
        for i, a in enumerate(word1, 1):
            diag, row[0] = row[0], i
            for j in range(1, n + 1):
                up = row[j]
                if a == word2[j - 1]:
                    row[j] = diag
                else:
                    row[j] = 1 + min(up, row[j - 1], diag)
                diag = up
        return row[n]
