class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            key = (len(s), sum(ord(c) for c in s))  # "ad" and "bc" collide
            groups.setdefault(key, []).append(s)
        return list(groups.values())
