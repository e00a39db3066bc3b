/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function findKthLargest(nums, k) {
    // quickselect with a random pivot and a three-way partition; want index k - 1 in descending order
    const a = nums.slice();
    let lo = 0, hi = a.length - 1;
    const want = k - 1;
    for (;;) {
        const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))];
        let lt = lo, i = lo, gt = hi; // a[lo..lt) > pivot, a[lt..i) == pivot, a(gt..hi] < pivot
        while (i <= gt) {
            if (a[i] > pivot) { [a[lt], a[i]] = [a[i], a[lt]]; lt++; i++; }
            else if (a[i] < pivot) { [a[gt], a[i]] = [a[i], a[gt]]; gt--; }
            else i++;
        }
        if (want < lt) hi = lt - 1;
        else if (want > gt) lo = gt + 1;
        else return pivot;
    }
}
