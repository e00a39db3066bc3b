class Solution {
    // best[i] = longest increasing subsequence ending at i, from every earlier element: O(n^2).
    public int lengthOfLIS(int[] nums) {
        int n = nums.length, answer = 0;
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++)
                if (nums[j] < nums[i]) best[i] = Math.max(best[i], best[j] + 1);
            answer = Math.max(answer, best[i]);
        }
        return answer;
    }
}
