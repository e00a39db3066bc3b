int** floodFill(int** image, int imageSize, int* imageColSize, int sr, int sc, int color, int* returnSize, int** returnColumnSizes) {
    int m = imageSize, n = imageColSize[0];
    *returnSize = m;
    *returnColumnSizes = malloc(sizeof(int) * m);
    for (int i = 0; i < m; i++) (*returnColumnSizes)[i] = n;
    int orig = image[sr][sc];
    if (orig == color) return image;
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    int* stack = malloc(sizeof(int) * m * n);
    int top = 0;
    image[sr][sc] = color;
    stack[top++] = sr * n + sc;
    while (top > 0) {
        int p = stack[--top], r = p / n, c = p % n;
        for (int k = 0; k < 4; k++) {
            int a = r + dr[k], b = c + dc[k];
            if (a >= 0 && a < m && b >= 0 && b < n && image[a][b] == orig) {
                image[a][b] = color;
                stack[top++] = a * n + b;
            }
        }
    }
    free(stack);
    return image;
}
