class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] last = new int[26]; // assumes lowercase letters; spaces, digits, symbols index out of range
        Arrays.fill(last, -1);
        int best = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) - 'a';
            if (last[c] >= start) start = last[c] + 1;
            last[c] = i;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
