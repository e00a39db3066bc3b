public class Solution {
    public int MaxArea(int[] height) {
        int lo = 0, hi = height.Length - 1, best = 0;
        while (lo < hi) {
            best = Math.Max(best, Math.Min(height[lo], height[hi]) * (hi - lo));
            // the shorter side cannot do better with any narrower partner
            if (height[lo] < height[hi]) lo++;
            else hi--;
        }
        return best;
    }
}
