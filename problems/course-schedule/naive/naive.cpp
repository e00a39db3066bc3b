class Solution {
public:
    // Rounds: rescan every prerequisite, take each course that has none left. Correct, but a chain
    // of V courses takes V rounds of E edges each: O(V * E).
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<char> taken(numCourses, 0), blocked(numCourses);
        int left = numCourses;
        while (left > 0) {
            fill(blocked.begin(), blocked.end(), 0);
            for (const auto& p : prerequisites) if (!taken[p[1]]) blocked[p[0]] = 1;
            int now = 0;
            for (int c = 0; c < numCourses; c++) if (!taken[c] && !blocked[c]) { taken[c] = 1; now++; }
            if (now == 0) return false;
            left -= now;
        }
        return true;
    }
};
