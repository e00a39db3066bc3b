class Solution {
public:
    // Sorted by start, keep[i] is the most intervals kept among the first i + 1 with interval i last,
    // from every earlier interval that ends by its start. Correct, but O(n^2).
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        int n = (int)intervals.size(), best = 0;
        vector<int> keep(n);
        for (int i = 0; i < n; i++) {
            keep[i] = 1;
            for (int j = 0; j < i; j++)
                if (intervals[j][1] <= intervals[i][0]) keep[i] = max(keep[i], keep[j] + 1);
            best = max(best, keep[i]);
        }
        return n - best;
    }
};
