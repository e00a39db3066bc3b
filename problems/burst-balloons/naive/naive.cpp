class Solution {
public:
    // The interval recurrence (the last balloon burst between lo and hi) without memo: about 3^n calls.
    int maxCoins(vector<int>& nums) {
        vector<int> v(nums.size() + 2, 1);
        copy(nums.begin(), nums.end(), v.begin() + 1);
        return best(v, 0, (int)v.size() - 1);
    }

private:
    int best(const vector<int>& v, int lo, int hi) {
        int b = 0;
        for (int k = lo + 1; k < hi; k++) b = max(b, best(v, lo, k) + best(v, k, hi) + v[lo] * v[k] * v[hi]);
        return b;
    }
};
