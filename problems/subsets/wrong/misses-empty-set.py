class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out: List[List[int]] = []
        path: List[int] = []

        def backtrack(start: int) -> None:
            for i in range(start, len(nums)):
                path.append(nums[i])
                out.append(path[:])
                backtrack(i + 1)
                path.pop()

        backtrack(0)
        return out
