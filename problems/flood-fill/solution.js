function floodFill(image, sr, sc, color) {
    const orig = image[sr][sc];
    if (orig === color) return image;
    const m = image.length, n = image[0].length;
    image[sr][sc] = color;
    const stack = [[sr, sc]];
    while (stack.length) {
        const [r, c] = stack.pop();
        for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (a >= 0 && a < m && b >= 0 && b < n && image[a][b] === orig) {
                image[a][b] = color;
                stack.push([a, b]);
            }
        }
    }
    return image;
}
