function climbStairs(n: number): number {
    // ways(i) = ways(i - 1) + ways(i - 2); every value up to n = 75 is below 2^53.
    let prev = 1, cur = 1;
    for (let i = 2; i <= n; i++) {
        const next = prev + cur;
        prev = cur;
        cur = next;
    }
    return cur;
}
