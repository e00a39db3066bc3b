class Solution {
public:
    // Every start, extended until it covers t: correct, but O(n^2) on 10^5 letters.
    string minWindow(string s, string t) {
        int n = s.size(), bestStart = 0, bestLen = INT_MAX;
        for (int i = 0; i < n; i++) {
            array<int, 128> need{};
            for (char c : t) need[c]++;
            int missing = t.size();
            for (int j = i; j < n; j++) {
                if (need[s[j]]-- > 0) missing--;
                if (missing == 0) {
                    if (j - i + 1 < bestLen) { bestStart = i; bestLen = j - i + 1; }
                    break;
                }
            }
        }
        return bestLen == INT_MAX ? "" : s.substr(bestStart, bestLen);
    }
};
