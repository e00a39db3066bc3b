/**
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
function findMedianSortedArrays(nums1, nums2) {
    const [a, b] = nums1.length <= nums2.length ? [nums1, nums2] : [nums2, nums1];
    const m = a.length, n = b.length, half = (m + n + 1) >> 1;
    let lo = 0, hi = m;
    for (;;) {
        const i = (lo + hi) >> 1, j = half - i;
        const aLeft = i > 0 ? a[i - 1] : -Infinity, aRight = i < m ? a[i] : Infinity;
        const bLeft = j > 0 ? b[j - 1] : -Infinity, bRight = j < n ? b[j] : Infinity;
        if (aLeft > bRight) hi = i - 1;
        else if (bLeft > aRight) lo = i + 1;
        else {
            const left = Math.max(aLeft, bLeft);
            return (m + n) % 2 ? left : (left + Math.min(aRight, bRight)) / 2;
        }
    }
}
