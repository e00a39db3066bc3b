class Solution {
    // The prefix recurrence as plain recursion without memo: up to 2^(m+n) calls.
    public int longestCommonSubsequence(String text1, String text2) {
        return lcs(text1, text2, text1.length(), text2.length());
    }

    private int lcs(String a, String b, int i, int j) {
        if (i == 0 || j == 0) return 0;
        if (a.charAt(i - 1) == b.charAt(j - 1)) return lcs(a, b, i - 1, j - 1) + 1;
        return Math.max(lcs(a, b, i - 1, j), lcs(a, b, i, j - 1));
    }
}
