public class Solution {
    public int EraseOverlapIntervals(int[][] intervals) {
        // Greedy: keep the interval that ends first, it leaves the most room for the rest.
        Array.Sort(intervals, (a, b) => a[1].CompareTo(b[1]));
        int kept = 0;
        long lastEnd = long.MinValue;
        foreach (int[] iv in intervals) {
            if (iv[0] >= lastEnd) { kept++; lastEnd = iv[1]; }
        }
        return intervals.Length - kept;
    }
}
