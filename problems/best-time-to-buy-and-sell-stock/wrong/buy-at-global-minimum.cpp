// Buys at the cheapest day overall and sells at the highest price after it: misses a better pair
// that comes before the global minimum ([3, 8, 1, 2] gives 1 instead of 5).
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        size_t lo = min_element(prices.begin(), prices.end()) - prices.begin();
        int high = *max_element(prices.begin() + lo, prices.end());
        return high - prices[lo];
    }
};
