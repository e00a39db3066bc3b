public class Solution {
    public int Trap(int[] height) {
        // Two pointers: the lower side's running max bounds the water there.
        int l = 0, r = height.Length - 1, leftMax = 0, rightMax = 0, water = 0;
        while (l < r) {
            leftMax = Math.Max(leftMax, height[l]);
            rightMax = Math.Max(rightMax, height[r]);
            if (leftMax <= rightMax) water += leftMax - height[l++];
            else water += rightMax - height[r--];
        }
        return water;
    }
}
