class Solution:
    def longestWord(self, words: List[str]) -> str:
        # Every prefix of every word looked up by scanning the whole list: correct, but O(n^2 · L).
        best = ""
        for w in words:
            if all(w[:k] in words for k in range(1, len(w))):
                if len(w) > len(best) or (len(w) == len(best) and w < best):
                    best = w
        return best
