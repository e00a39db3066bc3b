# Fills every column up to the tallest bar on its left, ignoring that water spills over a lower
# right side: [1, 2, 3, 4] is fine but [3, 0, 1] gives 5 instead of 1.
class Solution:
    def trap(self, height: List[int]) -> int:
        water = tallest = 0
        for h in height:
            tallest = max(tallest, h)
            water += tallest - h
        return water
