class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        size_t longest = 0;
        for (const string& w : wordDict) longest = max(longest, w.size());
        size_t n = s.size();
        vector<bool> ok(n + 1, false);
        ok[0] = true;
        for (size_t i = 1; i <= n; i++) {
            for (size_t k = 1; k <= min(longest, i); k++) {
                if (ok[i - k] && words.count(s.substr(i - k, k))) { ok[i] = true; break; }
            }
        }
        return ok[n];
    }
};
