class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        Set<String> words = new HashSet<>(Arrays.asList(wordDict));
        int longest = 0;
        for (String w : wordDict) longest = Math.max(longest, w.length());
        int n = s.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= Math.min(longest, i); k++) {
                if (ok[i - k] && words.contains(s.substring(i - k, i))) { ok[i] = true; break; }
            }
        }
        return ok[n];
    }
}
