class Solution {
public:
    int maxCoins(vector<int>& nums) {
        vector<int> v(nums.size() + 2, 1);
        copy(nums.begin(), nums.end(), v.begin() + 1);
        int n = v.size();
        vector<vector<int>> best(n, vector<int>(n, 0));  // best[i][j]: everything strictly between i and j burst
        for (int gap = 2; gap < n; gap++) {
            for (int i = 0; i + gap < n; i++) {
                int j = i + gap, edge = v[i] * v[j], b = 0;
                for (int k = i + 1; k < j; k++) b = max(b, best[i][k] + best[k][j] + edge * v[k]);
                best[i][j] = b;
            }
        }
        return best[0][n - 1];
    }
};
