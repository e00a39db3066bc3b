class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        vector<vector<int>> out;
        int n = a.size();
        for (int i = 0; i + 2 < n && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = a[i] + a[lo] + a[hi];
                if (sum < 0) lo++;
                else if (sum > 0) hi--;
                else {
                    out.push_back({a[i], a[lo], a[hi]});
                    do lo++; while (lo < hi && a[lo] == a[lo - 1]);
                    hi--;
                }
            }
        }
        return out;
    }
};
