function subsets(nums: number[]): number[][] {
    const out: number[][] = [[]];
    for (const x of nums) {
        const count = out.length;
        for (let i = 0; i < count; i++) out.push([...out[i], x]);
    }
    return out;
}
