class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Every start, extended until it covers t: correct, but O(n^2) on 10^5 letters.
        n = len(s)
        best_start, best_len = 0, n + 1
        for i in range(n):
            need = collections.Counter(t)
            missing = len(t)
            for j in range(i, n):
                if need[s[j]] > 0:
                    missing -= 1
                need[s[j]] -= 1
                if missing == 0:
                    if j - i + 1 < best_len:
                        best_start, best_len = i, j - i + 1
                    break
        return "" if best_len > n else s[best_start:best_start + best_len]
