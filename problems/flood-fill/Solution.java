class Solution {
    public int[][] floodFill(int[][] image, int sr, int sc, int color) {
        int orig = image[sr][sc];
        if (orig == color) return image;
        int m = image.length, n = image[0].length;
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        image[sr][sc] = color;
        stack.push(new int[] { sr, sc });
        while (!stack.isEmpty()) {
            int[] p = stack.pop();
            for (int[] d : dirs) {
                int a = p[0] + d[0], b = p[1] + d[1];
                if (a >= 0 && a < m && b >= 0 && b < n && image[a][b] == orig) {
                    image[a][b] = color;
                    stack.push(new int[] { a, b });
                }
            }
        }
        return image;
    }
}
