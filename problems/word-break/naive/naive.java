class Solution {
    // Every split tried recursively, failed suffixes never remembered: exponential on "aaaa...ab".
    public boolean wordBreak(String s, String[] wordDict) {
        return from(s, 0, new HashSet<>(Arrays.asList(wordDict)));
    }

    private boolean from(String s, int i, Set<String> words) {
        if (i == s.length()) return true;
        for (int j = i + 1; j <= s.length(); j++) {
            if (words.contains(s.substring(i, j)) && from(s, j, words)) return true;
        }
        return false;
    }
}
