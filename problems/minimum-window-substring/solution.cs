public class Solution {
    public string MinWindow(string s, string t) {
        int[] need = new int[128];
        foreach (char ch in t) need[ch]++;
        // missing = characters of t not yet covered by the window s[left..right].
        int missing = t.Length, left = 0, bestStart = 0, bestLen = int.MaxValue;
        for (int right = 0; right < s.Length; right++) {
            if (need[s[right]]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
                if (++need[s[left++]] > 0) missing++;
            }
        }
        return bestLen == int.MaxValue ? "" : s.Substring(bestStart, bestLen);
    }
}
