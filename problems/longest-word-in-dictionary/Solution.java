class Solution {
    public String longestWord(String[] words) {
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        Set<String> buildable = new HashSet<>();
        buildable.add("");
        String best = "";
        for (String w : sorted) {
            if (buildable.contains(w.substring(0, w.length() - 1))) {
                buildable.add(w);
                if (w.length() > best.length()) best = w;
            }
        }
        return best;
    }
}
