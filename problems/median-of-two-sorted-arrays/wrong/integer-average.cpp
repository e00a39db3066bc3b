class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        vector<int> all(nums1.size() + nums2.size());
        merge(nums1.begin(), nums1.end(), nums2.begin(), nums2.end(), all.begin());
        int n = all.size();
        if (n % 2) return all[n / 2];
        return (all[n / 2 - 1] + all[n / 2]) / 2;  // integer division truncates
    }
};
