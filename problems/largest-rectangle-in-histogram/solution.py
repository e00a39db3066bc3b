class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = [-1]  # indices with increasing heights; -1 marks the left edge
        best = 0
        for i, h in enumerate(heights + [0]):  # the final 0 flushes the stack
            while stack[-1] != -1 and heights[stack[-1]] >= h:
                top = stack.pop()
                best = max(best, heights[top] * (i - stack[-1] - 1))
            stack.append(i)
        return best
