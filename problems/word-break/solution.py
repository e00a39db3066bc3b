class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(w) for w in words)
        n = len(s)
        ok = [False] * (n + 1)  # ok[i]: s[:i] can be split into words
        ok[0] = True
        for i in range(1, n + 1):
            for k in range(1, min(longest, i) + 1):
                if ok[i - k] and s[i - k:i] in words:
                    ok[i] = True
                    break
        return ok[n]
