class Solution {
    public int ladderLength(String beginWord, String endWord, String[] wordList) {
        Set<String> unused = new HashSet<>(Arrays.asList(wordList));
        if (!unused.contains(endWord)) return 0;
        unused.remove(beginWord);
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(beginWord);
        int steps = 1;
        while (!queue.isEmpty()) {
            steps++;
            for (int k = queue.size(); k > 0; k--) {
                char[] w = queue.poll().toCharArray();
                for (int i = 0; i < w.length; i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        String v = new String(w);
                        if (unused.remove(v)) {
                            if (v.equals(endWord)) return steps;
                            queue.add(v);
                        }
                    }
                    w[i] = orig;
                }
            }
        }
        return 0;
    }
}
