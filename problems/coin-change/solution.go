func coinChange(coins []int, amount int) int {
	// fewest[a] = fewest coins summing to a; amount + 1 stands for "impossible".
	fewest := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		fewest[a] = amount + 1
		for _, c := range coins {
			if c <= a && fewest[a-c]+1 < fewest[a] {
				fewest[a] = fewest[a-c] + 1
			}
		}
	}
	if fewest[amount] > amount {
		return -1
	}
	return fewest[amount]
}
