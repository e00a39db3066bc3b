// Greedy: the better of "all even-indexed houses" and "all odd-indexed houses". Misses gaps of two.
function rob(nums) {
    let even = 0, odd = 0;
    for (let i = 0; i < nums.length; i++) {
        if (i % 2 === 0) even += nums[i]; else odd += nums[i];
    }
    return Math.max(even, odd);
}
