class Solution:
    def longestWord(self, words: List[str]) -> str:
        buildable = {""}
        best = ""
        for w in sorted(set(words)):  # sorted: every prefix comes before the word
            if w[:-1] in buildable:
                buildable.add(w)
                if len(w) > len(best):  # equal length: the earlier (smaller) word stays
                    best = w
        return best
