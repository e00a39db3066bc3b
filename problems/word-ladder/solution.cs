public class Solution {
    public int LadderLength(string beginWord, string endWord, string[] wordList) {
        var unused = new HashSet<string>(wordList);
        if (!unused.Contains(endWord)) return 0;
        unused.Remove(beginWord);
        // BFS by levels; a word is removed from the set when first reached, so it is queued once.
        var queue = new Queue<string>();
        queue.Enqueue(beginWord);
        int steps = 1;
        while (queue.Count > 0) {
            steps++;
            for (int k = queue.Count; k > 0; k--) {
                char[] w = queue.Dequeue().ToCharArray();
                for (int i = 0; i < w.Length; i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        string v = new string(w);
                        if (unused.Remove(v)) {
                            if (v == endWord) return steps;
                            queue.Enqueue(v);
                        }
                    }
                    w[i] = orig;
                }
            }
        }
        return 0;
    }
}
