function maxArea(height) {
    let i = 0, j = height.length - 1, best = 0;
    while (i < j) {
        best = Math.max(best, Math.min(height[i], height[j]) * (j - i));
        if (height[i] < height[j]) i++; else j--;
    }
    return best;
}
