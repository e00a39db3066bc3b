// Event sweep that processes a start before an end at the same time: back-to-back meetings get two rooms.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        vector<pair<int, int>> events;
        for (const auto& iv : intervals) {
            events.push_back({iv[0], -1});  // -1 sorts first: the start comes before an end at the same time
            events.push_back({iv[1], 1});
        }
        sort(events.begin(), events.end());
        int cur = 0, best = 0;
        for (const auto& e : events) {
            cur -= e.second;
            best = max(best, cur);
        }
        return best;
    }
};
