public class Solution {
    public int LengthOfLongestSubstring(string s) {
        int[] last = new int[128];  // index + 1 of each character's last occurrence, 0 = not seen
        int best = 0, start = 0;
        for (int i = 0; i < s.Length; i++) {
            char c = s[i];
            start = Math.Max(start, last[c]);  // never move the window's start backwards
            last[c] = i + 1;
            best = Math.Max(best, i - start + 1);
        }
        return best;
    }
}
