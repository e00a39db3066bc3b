class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unused(wordList.begin(), wordList.end());
        if (!unused.count(endWord)) return 0;
        unused.erase(beginWord);
        queue<string> q;
        q.push(beginWord);
        int steps = 1;
        while (!q.empty()) {
            steps++;
            for (int k = q.size(); k > 0; k--) {
                string w = q.front();
                q.pop();
                for (size_t i = 0; i < w.size(); i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        if (unused.erase(w)) {
                            if (w == endWord) return steps;
                            q.push(w);
                        }
                    }
                    w[i] = orig;
                }
            }
        }
        return 0;
    }
};
