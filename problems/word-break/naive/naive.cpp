class Solution {
public:
    // Every split tried recursively, failed suffixes never remembered: exponential on "aaaa...ab".
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        return from(s, 0, words);
    }

private:
    bool from(const string& s, size_t i, const unordered_set<string>& words) {
        if (i == s.size()) return true;
        for (size_t j = i + 1; j <= s.size(); j++)
            if (words.count(s.substr(i, j - i)) && from(s, j, words)) return true;
        return false;
    }
};
