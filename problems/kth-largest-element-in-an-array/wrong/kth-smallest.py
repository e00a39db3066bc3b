class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[k - 1]
