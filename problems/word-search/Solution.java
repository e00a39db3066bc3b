class Solution {
    private char[][] grid;
    private char[] w;

    private boolean dfs(int r, int c, int i) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[0].length || grid[r][c] != w[i]) return false;
        if (i == w.length - 1) return true;
        grid[r][c] = '#';
        boolean found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
        grid[r][c] = w[i];
        return found;
    }

    public boolean exist(String[] board, String word) {
        int m = board.length, n = board[0].length();
        grid = new char[m][];
        int[] counts = new int[128];
        for (int r = 0; r < m; r++) {
            grid[r] = board[r].toCharArray();
            for (char ch : grid[r]) counts[ch]++;
        }
        int[] need = new int[128];
        for (char ch : word.toCharArray()) if (++need[ch] > counts[ch]) return false;
        w = word.toCharArray();
        if (counts[w[w.length - 1]] < counts[w[0]]) w = new StringBuilder(word).reverse().toString().toCharArray();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (dfs(r, c, 0)) return true;
        return false;
    }
}
