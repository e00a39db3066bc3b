function maxArea(height: number[]): number {
    let lo = 0, hi = height.length - 1, best = 0;
    while (lo < hi) {
        const h = Math.min(height[lo], height[hi]);
        best = Math.max(best, h * (hi - lo));
        // The shorter line limits every container it forms with lines further in: drop it.
        if (height[lo] < height[hi]) lo++;
        else hi--;
    }
    return best;
}
