function singleNumber(nums) {
    let acc = 0;
    for (const x of nums) acc ^= x;
    return acc;
}
