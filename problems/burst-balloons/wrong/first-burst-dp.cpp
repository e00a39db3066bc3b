// Interval DP that picks the FIRST balloon to burst in a range and multiplies by its original
// neighbours inside the range: the two sides are not independent, so the sums are wrong.
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        int n = nums.size();
        vector<vector<int>> best(n + 1, vector<int>(n + 1, 0));  // best[i][j]: balloons i..j-1
        for (int len = 1; len <= n; len++) {
            for (int i = 0; i + len <= n; i++) {
                int j = i + len, b = 0;
                for (int k = i; k < j; k++) {
                    int left = k > i ? nums[k - 1] : 1, right = k + 1 < j ? nums[k + 1] : 1;
                    b = max(b, left * nums[k] * right + best[i][k] + best[k + 1][j]);
                }
                best[i][j] = b;
            }
        }
        return best[0][n];
    }
};
