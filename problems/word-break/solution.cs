public class Solution {
    public bool WordBreak(string s, string[] wordDict) {
        var words = new HashSet<string>(wordDict);
        int longest = 0;
        foreach (string w in wordDict) longest = Math.Max(longest, w.Length);
        int n = s.Length;
        // ok[i]: the prefix of length i splits into words; only the last word's length varies.
        bool[] ok = new bool[n + 1];
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= Math.Min(longest, i); k++) {
                if (ok[i - k] && words.Contains(s.Substring(i - k, k))) { ok[i] = true; break; }
            }
        }
        return ok[n];
    }
}
