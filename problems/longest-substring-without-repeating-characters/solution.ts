function lengthOfLongestSubstring(s: string): number {
    const last = new Map<string, number>();
    let best = 0, start = 0;
    for (let i = 0; i < s.length; i++) {
        const prev = last.get(s[i]);
        if (prev !== undefined && prev >= start) start = prev + 1;
        last.set(s[i], i);
        best = Math.max(best, i - start + 1);
    }
    return best;
}
