class Solution {
    // Sorted by start, keep[i] is the most intervals kept among the first i + 1 with interval i last,
    // from every earlier interval that ends by its start. Correct, but O(n^2).
    public int eraseOverlapIntervals(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int n = intervals.length, best = 0;
        int[] keep = new int[n];
        for (int i = 0; i < n; i++) {
            keep[i] = 1;
            for (int j = 0; j < i; j++)
                if (intervals[j][1] <= intervals[i][0]) keep[i] = Math.max(keep[i], keep[j] + 1);
            best = Math.max(best, keep[i]);
        }
        return n - best;
    }
}
