public class Solution {
    public int LongestConsecutive(int[] nums) {
        var present = new HashSet<int>(nums);
        int best = 0;
        foreach (int x in present) {
            if (present.Contains(x - 1)) continue;  // walk only from a run's start: O(n) overall
            int y = x;
            while (present.Contains(y + 1)) y++;
            best = Math.Max(best, y - x + 1);
        }
        return best;
    }
}
