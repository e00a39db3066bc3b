public class Solution {
    public int[][] FloodFill(int[][] image, int sr, int sc, int color) {
        int orig = image[sr][sc];
        if (orig == color) return image;  // otherwise recoloured cells would look unvisited
        int m = image.Length, n = image[0].Length;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        // an explicit stack: a large region would overflow the call stack
        var stack = new Stack<int>();
        image[sr][sc] = color;
        stack.Push(sr * n + sc);
        while (stack.Count > 0) {
            int p = stack.Pop(), r = p / n, c = p % n;
            for (int d = 0; d < 4; d++) {
                int a = r + dr[d], b = c + dc[d];
                if (a >= 0 && a < m && b >= 0 && b < n && image[a][b] == orig) {
                    image[a][b] = color;
                    stack.Push(a * n + b);
                }
            }
        }
        return image;
    }
}
