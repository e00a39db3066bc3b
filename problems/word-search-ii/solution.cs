public class Solution {
    private sealed class Node {
        public readonly Node[] Next = new Node[26];
        public string Word;
        public int Children;
    }

    private static readonly int[] Dr = { 1, -1, 0, 0 }, Dc = { 0, 0, 1, -1 };
    private char[][] grid;
    private readonly List<string> output = new List<string>();

    // Walk the trie along the board; found words and exhausted branches are pruned from it.
    private void Dfs(int r, int c, Node parent) {
        char ch = grid[r][c];
        Node node = parent.Next[ch - 'a'];
        if (node.Word != null) {
            output.Add(node.Word);
            node.Word = null;
        }
        grid[r][c] = '#';
        for (int d = 0; d < 4; d++) {
            int a = r + Dr[d], b = c + Dc[d];
            if (a >= 0 && a < grid.Length && b >= 0 && b < grid[0].Length && grid[a][b] != '#' && node.Next[grid[a][b] - 'a'] != null)
                Dfs(a, b, node);
        }
        grid[r][c] = ch;
        if (node.Children == 0 && node.Word == null) {
            parent.Next[ch - 'a'] = null;
            parent.Children--;
        }
    }

    public string[] FindWords(string[] board, string[] words) {
        Node root = new Node();
        foreach (string w in words) {
            Node node = root;
            foreach (char ch in w) {
                if (node.Next[ch - 'a'] == null) {
                    node.Next[ch - 'a'] = new Node();
                    node.Children++;
                }
                node = node.Next[ch - 'a'];
            }
            node.Word = w;
        }
        grid = new char[board.Length][];
        for (int i = 0; i < board.Length; i++) grid[i] = board[i].ToCharArray();
        for (int r = 0; r < grid.Length; r++)
            for (int c = 0; c < grid[0].Length; c++)
                if (root.Next[grid[r][c] - 'a'] != null) Dfs(r, c, root);
        return output.ToArray();
    }
}
