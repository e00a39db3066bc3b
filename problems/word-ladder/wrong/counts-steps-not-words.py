class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unused = set(wordList)
        if endWord not in unused:
            return 0
        queue = collections.deque([(beginWord, 0)])  # counts transformations, not words
        unused.discard(beginWord)
        while queue:
            w, d = queue.popleft()
            if w == endWord:
                return d
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    v = w[:i] + ch + w[i + 1:]
                    if v in unused:
                        unused.remove(v)
                        queue.append((v, d + 1))
        return 0
