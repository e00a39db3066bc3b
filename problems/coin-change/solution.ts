function coinChange(coins: number[], amount: number): number {
    // fewest[a] = fewest coins summing to a; amount + 1 stands for "impossible".
    const fewest = new Array<number>(amount + 1).fill(amount + 1);
    fewest[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const c of coins) {
            if (c <= a && fewest[a - c] + 1 < fewest[a]) fewest[a] = fewest[a - c] + 1;
        }
    }
    return fewest[amount] > amount ? -1 : fewest[amount];
}
