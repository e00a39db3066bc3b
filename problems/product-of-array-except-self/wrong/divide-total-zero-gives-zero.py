# Divides the total product by nums[i] and answers 0 wherever nums[i] is 0: wrong when there is
# exactly one zero, whose slot should get the product of all the others.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total // x if x != 0 else 0 for x in nums]
