int coinChange(int* coins, int coinsSize, int amount) {
    /* fewest[a] = fewest coins summing to a; amount + 1 stands for "impossible". */
    int* fewest = malloc(sizeof(int) * (amount + 1));
    fewest[0] = 0;
    for (int a = 1; a <= amount; a++) {
        fewest[a] = amount + 1;
        for (int k = 0; k < coinsSize; k++) {
            int c = coins[k];
            if (c <= a && fewest[a - c] + 1 < fewest[a]) fewest[a] = fewest[a - c] + 1;
        }
    }
    int answer = fewest[amount] > amount ? -1 : fewest[amount];
    free(fewest);
    return answer;
}
