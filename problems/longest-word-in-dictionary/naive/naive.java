class Solution {
    // Every prefix of every word looked up by scanning the whole list: correct, but O(n^2 · L).
    public String longestWord(String[] words) {
        String best = "";
        for (String w : words) {
            boolean buildable = true;
            for (int k = 1; k < w.length() && buildable; k++) {
                String prefix = w.substring(0, k);
                buildable = false;
                for (String other : words) {
                    if (other.equals(prefix)) { buildable = true; break; }
                }
            }
            if (buildable && (w.length() > best.length() || (w.length() == best.length() && w.compareTo(best) < 0))) best = w;
        }
        return best;
    }
}
