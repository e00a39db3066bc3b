class Solution {
    private static final class Node {
        final Node[] next = new Node[26];
        String word;
        int children;
    }

    private char[][] grid;
    private final List<String> out = new ArrayList<>();

    private void dfs(int r, int c, Node parent) {
        char ch = grid[r][c];
        Node node = parent.next[ch - 'a'];
        if (node.word != null) {
            out.add(node.word);
            node.word = null;
        }
        grid[r][c] = '#';
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        for (int[] d : dirs) {
            int a = r + d[0], b = c + d[1];
            if (a >= 0 && a < grid.length && b >= 0 && b < grid[0].length && grid[a][b] != '#' && node.next[grid[a][b] - 'a'] != null)
                dfs(a, b, node);
        }
        grid[r][c] = ch;
        if (node.children == 0 && node.word == null) {
            parent.next[ch - 'a'] = null;
            parent.children--;
        }
    }

    public String[] findWords(String[] board, String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (char ch : w.toCharArray()) {
                if (node.next[ch - 'a'] == null) {
                    node.next[ch - 'a'] = new Node();
                    node.children++;
                }
                node = node.next[ch - 'a'];
            }
            node.word = w;
        }
        grid = new char[board.length][];
        for (int i = 0; i < board.length; i++) grid[i] = board[i].toCharArray();
        for (int r = 0; r < grid.length; r++)
            for (int c = 0; c < grid[0].length; c++)
                if (root.next[grid[r][c] - 'a'] != null) dfs(r, c, root);
        return out.toArray(new String[0]);
    }
}
