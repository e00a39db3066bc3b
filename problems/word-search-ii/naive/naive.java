class Solution {
    private char[][] grid;

    private boolean spells(int r, int c, String word, int i) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[0].length || grid[r][c] != word.charAt(i)) return false;
        if (i + 1 == word.length()) return true;
        char ch = grid[r][c];
        grid[r][c] = '#';
        boolean found = spells(r + 1, c, word, i + 1) || spells(r - 1, c, word, i + 1) || spells(r, c + 1, word, i + 1) || spells(r, c - 1, word, i + 1);
        grid[r][c] = ch;
        return found;
    }

    // Word Search for each word on its own, from every cell: correct, but O(W * cells * 3^L), with
    // nothing shared between words that start alike.
    public String[] findWords(String[] board, String[] words) {
        grid = new char[board.length][];
        for (int i = 0; i < board.length; i++) grid[i] = board[i].toCharArray();
        List<String> out = new ArrayList<>();
        for (String w : words) {
            boolean found = false;
            for (int r = 0; r < grid.length && !found; r++)
                for (int c = 0; c < grid[0].length && !found; c++) found = spells(r, c, w, 0);
            if (found) out.add(w);
        }
        return out.toArray(new String[0]);
    }
}
