class Solution {
    // Multiply all the others for every index: correct, but O(n^2) on 10^5 values.
    public int[] productExceptSelf(int[] nums) {
        int n = nums.length;
        int[] answer = new int[n];
        for (int i = 0; i < n; i++) {
            int p = 1;
            for (int j = 0; j < n; j++)
                if (j != i) p *= nums[j];
            answer[i] = p;
        }
        return answer;
    }
}
