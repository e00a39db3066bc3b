class Solution {
public:
    // Every prefix of every word looked up by scanning the whole list: correct, but O(n^2 · L).
    string longestWord(vector<string>& words) {
        string best;
        for (const string& w : words) {
            bool buildable = true;
            for (size_t k = 1; k < w.size() && buildable; k++)
                buildable = find(words.begin(), words.end(), w.substr(0, k)) != words.end();
            if (buildable && (w.size() > best.size() || (w.size() == best.size() && w < best))) best = w;
        }
        return best;
    }
};
