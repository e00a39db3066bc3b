// Treats any zero before the last index as a dead end, even one that a longer jump clears.
function canJump(nums) {
    for (let i = 0; i < nums.length - 1; i++) if (nums[i] === 0) return false;
    return true;
}
