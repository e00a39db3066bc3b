// Two pointers that add maxSoFar - height before raising maxSoFar: a bar taller than everything
// before it contributes negative water.
class Solution {
    public int trap(int[] height) {
        int l = 0, r = height.length - 1, leftMax = 0, rightMax = 0, water = 0;
        while (l < r) {
            if (height[l] <= height[r]) {
                water += leftMax - height[l];
                leftMax = Math.max(leftMax, height[l]);
                l++;
            } else {
                water += rightMax - height[r];
                rightMax = Math.max(rightMax, height[r]);
                r--;
            }
        }
        return water;
    }
}
