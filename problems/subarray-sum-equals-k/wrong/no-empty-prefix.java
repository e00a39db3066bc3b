// Forgets to seed the map with the empty prefix (sum 0 seen once): misses every subarray that
// starts at index 0, e.g. [1, 2, 3] with k = 6.
class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        int sum = 0, count = 0;
        for (int x : nums) {
            sum += x;
            count += seen.getOrDefault(sum - k, 0);
            seen.merge(sum, 1, Integer::sum);
        }
        return count;
    }
}
