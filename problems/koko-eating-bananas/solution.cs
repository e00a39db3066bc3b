public class Solution {
    public int MinEatingSpeed(int[] piles, int h) {
        // binary search on the speed: the hours needed only fall as the speed rises
        int lo = 1, hi = 0;
        foreach (int p in piles) hi = Math.Max(hi, p);
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long hours = 0;
            foreach (int p in piles) hours += (p + (long) mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
