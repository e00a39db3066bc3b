function combinationSum(candidates: number[], target: number): number[][] {
    const sorted = [...candidates].sort((a, b) => a - b);
    const out: number[][] = [], path: number[] = [];
    const backtrack = (start: number, remaining: number): void => {
        if (remaining === 0) {
            out.push([...path]);
            return;
        }
        for (let i = start; i < sorted.length && sorted[i] <= remaining; i++) {
            path.push(sorted[i]);
            backtrack(i, remaining - sorted[i]);
            path.pop();
        }
    };
    backtrack(0, target);
    return out;
}
