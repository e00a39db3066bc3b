public class Solution {
    public int MinMeetingRooms(int[][] intervals) {
        Array.Sort(intervals, (a, b) => a[0].CompareTo(b[0]));
        // Min-heap of the end times of rooms in use (Mono has no PriorityQueue).
        int[] ends = new int[intervals.Length];
        int size = 0;
        foreach (int[] iv in intervals) {
            if (size > 0 && ends[0] <= iv[0]) {
                // Reuse the room that frees first: replace the root and sift down.
                ends[0] = iv[1];
                int i = 0;
                while (true) {
                    int l = 2 * i + 1, r = l + 1, m = i;
                    if (l < size && ends[l] < ends[m]) m = l;
                    if (r < size && ends[r] < ends[m]) m = r;
                    if (m == i) break;
                    int t = ends[i]; ends[i] = ends[m]; ends[m] = t;
                    i = m;
                }
            } else {
                int i = size++;
                ends[i] = iv[1];
                while (i > 0 && ends[(i - 1) / 2] > ends[i]) {
                    int p = (i - 1) / 2;
                    int t = ends[i]; ends[i] = ends[p]; ends[p] = t;
                    i = p;
                }
            }
        }
        return size;
    }
}
