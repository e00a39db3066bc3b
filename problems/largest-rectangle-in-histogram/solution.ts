function largestRectangleArea(heights: number[]): number {
    const n = heights.length;
    const stack: number[] = [];
    let best = 0;
    for (let i = 0; i <= n; i++) {
        const h = i === n ? 0 : heights[i];
        while (stack.length && heights[stack[stack.length - 1]] >= h) {
            const top = stack.pop()!;
            const left = stack.length ? stack[stack.length - 1] : -1;
            best = Math.max(best, heights[top] * (i - left - 1));
        }
        stack.push(i);
    }
    return best;
}
