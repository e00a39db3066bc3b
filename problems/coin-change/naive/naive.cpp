class Solution {
public:
    // The right recurrence (the last coin taken) as plain recursion without memo: exponential.
    int coinChange(vector<int>& coins, int amount) {
        int r = fewest(coins, amount);
        return r == INT_MAX ? -1 : r;
    }

private:
    int fewest(const vector<int>& coins, int a) {
        if (a == 0) return 0;
        int best = INT_MAX;
        for (int c : coins) {
            if (c > a) continue;
            int r = fewest(coins, a - c);
            if (r != INT_MAX && r + 1 < best) best = r + 1;
        }
        return best;
    }
};
