class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Multiply all the others for every index: correct, but O(n^2) on 10^5 values.
        n = len(nums)
        answer = [1] * n
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            answer[i] = p
        return answer
