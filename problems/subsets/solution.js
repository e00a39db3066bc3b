function subsets(nums) {
    const out = [], path = [];
    const backtrack = (start) => {
        out.push([...path]);
        for (let i = start; i < nums.length; i++) {
            path.push(nums[i]);
            backtrack(i + 1);
            path.pop();
        }
    };
    backtrack(0);
    return out;
}
