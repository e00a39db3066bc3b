class Solution {
    // The Levenshtein recurrence as plain recursion without memo: up to 3^(m+n) calls.
    public int minDistance(String word1, String word2) {
        return dist(word1, word1.length(), word2, word2.length());
    }

    private int dist(String a, int i, String b, int j) {
        if (i == 0) return j;
        if (j == 0) return i;
        if (a.charAt(i - 1) == b.charAt(j - 1)) return dist(a, i - 1, b, j - 1);
        return 1 + Math.min(dist(a, i - 1, b, j), Math.min(dist(a, i, b, j - 1), dist(a, i - 1, b, j - 1)));
    }
}
