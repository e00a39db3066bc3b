class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        out: List[List[int]] = []
        path: List[int] = []

        def backtrack(remaining: int) -> None:
            if remaining == 0:
                out.append(path[:])
                return
            for c in candidates:  # restarts from the first candidate: [2, 3] and [3, 2] both appear
                if c <= remaining:
                    path.append(c)
                    backtrack(remaining - c)
                    path.pop()

        backtrack(target)
        return out
