// A sliding window that shrinks while the sum exceeds k: only valid for non-negative numbers.
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        int count = 0, sum = 0, left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            sum += nums[right];
            while (left < right && sum > k) sum -= nums[left++];
            if (sum == k) count++;
        }
        return count;
    }
};
