class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] last = new int[128]; // index + 1 of each character's last occurrence, 0 = not seen
        int best = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            start = Math.max(start, last[c]);
            last[c] = i + 1;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
