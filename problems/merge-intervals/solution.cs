public class Solution {
    public int[][] Merge(int[][] intervals) {
        Array.Sort(intervals, (a, b) => a[0].CompareTo(b[0]));
        var output = new List<int[]>();
        foreach (int[] iv in intervals) {
            // Sorted by start, so an interval can only overlap the last merged one.
            if (output.Count > 0 && iv[0] <= output[output.Count - 1][1]) {
                int[] last = output[output.Count - 1];
                last[1] = Math.Max(last[1], iv[1]);
            } else {
                output.Add(new int[] { iv[0], iv[1] });
            }
        }
        return output.ToArray();
    }
}
