class Solution:
    def longestWord(self, words: List[str]) -> str:
        present = set(words)
        best = ""
        for w in sorted(present):
            # only the one-shorter prefix is checked, and only for being in the list
            if len(w) == 1 or w[:-1] in present:
                if len(w) > len(best):
                    best = w
        return best
