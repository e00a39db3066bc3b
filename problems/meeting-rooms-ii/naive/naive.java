class Solution {
    // The rooms needed are the most meetings going on at once, which is so at some meeting's start:
    // count, at each start, the meetings going on. Correct, but O(n^2).
    public int minMeetingRooms(int[][] intervals) {
        int best = 0;
        for (int[] at : intervals) {
            int going = 0;
            for (int[] m : intervals)
                if (m[0] <= at[0] && at[0] < m[1]) going++;
            best = Math.max(best, going);
        }
        return best;
    }
}
