class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = []  # min-heap of the k largest values seen so far
        for x in nums:
            if len(heap) < k:
                heapq.heappush(heap, x)
            elif x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
