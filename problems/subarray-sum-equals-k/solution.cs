public class Solution {
    public int SubarraySum(int[] nums, int k) {
        // Count of each prefix sum seen so far; a subarray ending here sums to k iff prefix - k was seen.
        var seen = new Dictionary<int, int>();
        seen[0] = 1;
        int sum = 0, count = 0;
        foreach (int x in nums) {
            sum += x;
            int c;
            if (seen.TryGetValue(sum - k, out c)) count += c;
            seen.TryGetValue(sum, out c);
            seen[sum] = c + 1;
        }
        return count;
    }
}
