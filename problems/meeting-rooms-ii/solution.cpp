class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        priority_queue<int, vector<int>, greater<int>> ends;  // end times of rooms in use
        for (const auto& iv : intervals) {
            if (!ends.empty() && ends.top() <= iv[0]) ends.pop();
            ends.push(iv[1]);
        }
        return (int)ends.size();
    }
};
