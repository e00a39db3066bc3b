class Solution {
public:
    int maxArea(vector<int>& height) {
        int i = 0, j = (int)height.size() - 1, best = 0;
        while (i < j) {
            best = max(best, min(height[i], height[j]) * (j - i));
            if (height[i] > height[j]) i++; else j--; // moves the taller line: can skip the best pair
        }
        return best;
    }
};
