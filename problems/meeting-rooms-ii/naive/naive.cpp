class Solution {
public:
    // The rooms needed are the most meetings going on at once, which is so at some meeting's start:
    // count, at each start, the meetings going on. Correct, but O(n^2).
    int minMeetingRooms(vector<vector<int>>& intervals) {
        int best = 0;
        for (const auto& at : intervals) {
            int going = 0;
            for (const auto& m : intervals)
                if (m[0] <= at[0] && at[0] < m[1]) going++;
            best = max(best, going);
        }
        return best;
    }
};
