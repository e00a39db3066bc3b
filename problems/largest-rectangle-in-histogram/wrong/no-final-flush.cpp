// Monotonic stack without the final flush: bars still on the stack at the end (an increasing
// run, e.g. [1, 2, 3, 4, 5]) are never measured.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> stack;
        for (int i = 0; i < n; i++) {
            while (!stack.empty() && heights[stack.back()] >= heights[i]) {
                int j = stack.back();
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                best = max(best, heights[j] * (i - left - 1));
            }
            stack.push_back(i);
        }
        return best;
    }
};
