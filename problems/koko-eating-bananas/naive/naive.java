class Solution {
    // Every speed in turn, from the lower bound ceil(sum / h) up: correct, but O(n * (max - sum / h)),
    // about 10^9 speeds of 10^4 piles when the hours barely cover the piles.
    public int minEatingSpeed(int[] piles, int h) {
        long sum = 0;
        for (int p : piles) sum += p;
        for (long k = Math.max(1L, (sum + h - 1) / h);; k++) {
            long hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) return (int) k;
        }
    }
}
