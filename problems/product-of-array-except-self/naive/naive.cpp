class Solution {
public:
    // Multiply all the others for every index: correct, but O(n^2) on 10^5 values.
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        vector<int> answer(n);
        for (int i = 0; i < n; i++) {
            int p = 1;
            for (int j = 0; j < n; j++)
                if (j != i) p *= nums[j];
            answer[i] = p;
        }
        return answer;
    }
};
