class Solution {
    // Every start, extended until it covers t: correct, but O(n^2) on 10^5 letters.
    public String minWindow(String s, String t) {
        int n = s.length(), bestStart = 0, bestLen = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int[] need = new int[128];
            for (int k = 0; k < t.length(); k++) need[t.charAt(k)]++;
            int missing = t.length();
            for (int j = i; j < n; j++) {
                if (need[s.charAt(j)]-- > 0) missing--;
                if (missing == 0) {
                    if (j - i + 1 < bestLen) { bestStart = i; bestLen = j - i + 1; }
                    break;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
