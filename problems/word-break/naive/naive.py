class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Every split tried recursively, failed suffixes never remembered: exponential on "aaaa...ab".
        words = set(wordDict)

        def from_(i: int) -> bool:
            if i == len(s):
                return True
            for j in range(i + 1, len(s) + 1):
                if s[i:j] in words and from_(j):
                    return True
            return False

        return from_(0)
