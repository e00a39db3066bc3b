public class Solution {
    private char[][] grid;
    private char[] w;

    private bool Dfs(int r, int c, int i) {
        if (r < 0 || r >= grid.Length || c < 0 || c >= grid[0].Length || grid[r][c] != w[i]) return false;
        if (i == w.Length - 1) return true;
        grid[r][c] = '#';
        bool found = Dfs(r + 1, c, i + 1) || Dfs(r - 1, c, i + 1) || Dfs(r, c + 1, i + 1) || Dfs(r, c - 1, i + 1);
        grid[r][c] = w[i];
        return found;
    }

    public bool Exist(string[] board, string word) {
        int m = board.Length, n = board[0].Length;
        grid = new char[m][];
        int[] counts = new int[128];
        for (int r = 0; r < m; r++) {
            grid[r] = board[r].ToCharArray();
            foreach (char ch in grid[r]) counts[ch]++;
        }
        // Prune: the board must hold every letter of the word often enough.
        int[] need = new int[128];
        foreach (char ch in word) if (++need[ch] > counts[ch]) return false;
        w = word.ToCharArray();
        // Start from the rarer end: fewer starting cells, fewer dead branches.
        if (counts[w[w.Length - 1]] < counts[w[0]]) Array.Reverse(w);
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (Dfs(r, c, 0)) return true;
        return false;
    }
}
