function combinationSum(candidates, target) {
    const sorted = [...candidates].sort((a, b) => a - b), out = [], path = [];
    const backtrack = (start, remaining) => {
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
