function longestConsecutive(nums: number[]): number {
    const present = new Set<number>(nums);
    let best = 0;
    for (const x of present) {
        if (present.has(x - 1)) continue;
        let y = x;
        while (present.has(y + 1)) y++;
        best = Math.max(best, y - x + 1);
    }
    return best;
}
