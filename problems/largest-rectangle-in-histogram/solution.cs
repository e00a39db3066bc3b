public class Solution {
    public int LargestRectangleArea(int[] heights) {
        int n = heights.Length;
        int[] stack = new int[n + 1];  // indices of increasing heights
        int top = 0, best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];  // a bar of height 0 flushes the stack at the end
            while (top > 0 && heights[stack[top - 1]] >= h) {
                // bar j spans from just after the bar below it on the stack to just before i
                int j = stack[--top];
                int left = top > 0 ? stack[top - 1] : -1;
                best = Math.Max(best, heights[j] * (i - left - 1));
            }
            stack[top++] = i;
        }
        return best;
    }
}
