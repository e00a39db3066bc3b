class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        best = start = 0
        for i, c in enumerate(s):
            if c in last:
                start = last[c] + 1  # no max(): on "abba" the window jumps back to include the first 'b' again
            last[c] = i
            best = max(best, i - start + 1)
        return best
