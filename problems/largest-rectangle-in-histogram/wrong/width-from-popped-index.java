// Measures the width from the popped bar's own index (i - j) instead of from the next bar left
// on the stack: a rectangle that extends left past bars popped earlier is cut short.
class Solution {
    public int largestRectangleArea(int[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1];
        int top = 0, best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (top > 0 && heights[stack[top - 1]] >= h) {
                int j = stack[--top];
                best = Math.max(best, heights[j] * (i - j));
            }
            stack[top++] = i;
        }
        return best;
    }
}
