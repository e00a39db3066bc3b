class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unused = set(wordList)
        if endWord not in unused:
            return 0
        unused.discard(beginWord)
        letters = "abcdefghijklmnopqrstuvwxyz"
        level = [beginWord]
        steps = 1
        while level:
            steps += 1
            nxt = []
            for w in level:
                for i in range(len(w)):
                    prefix, suffix = w[:i], w[i + 1:]
                    for ch in letters:
                        v = prefix + ch + suffix
                        if v in unused:
                            if v == endWord:
                                return steps
                            unused.remove(v)
                            nxt.append(v)
            level = nxt
        return 0
