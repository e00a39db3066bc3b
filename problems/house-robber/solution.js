function rob(nums) {
    let prev2 = 0, prev1 = 0;
    for (const x of nums) [prev2, prev1] = [prev1, Math.max(prev1, prev2 + x)];
    return prev1;
}
