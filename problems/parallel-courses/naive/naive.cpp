class Solution {
public:
    // Semester by semester: rescan every relation, take each course with no prerequisite left. Correct,
    // but a chain of n courses takes n semesters of a full scan each: O(V * E).
    int minimumSemesters(int n, vector<vector<int>>& relations) {
        vector<char> done(n + 1, 0), blocked(n + 1);
        int taken = 0, semesters = 0;
        vector<int> now;
        while (taken < n) {
            fill(blocked.begin(), blocked.end(), 0);
            for (const auto& r : relations) if (!done[r[0]]) blocked[r[1]] = 1;
            now.clear();
            for (int c = 1; c <= n; c++) if (!done[c] && !blocked[c]) now.push_back(c);
            if (now.empty()) return -1;
            for (int c : now) done[c] = 1;
            taken += (int)now.size();
            semesters++;
        }
        return semesters;
    }
};
