func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = 1 << 60
	price := make([]int, n)
	for i := range price {
		price[i] = inf
	}
	price[src] = 0
	next := make([]int, n)
	// after round i, price[v] is the cheapest way to reach v with at most i flights
	for round := 0; round <= k; round++ {
		copy(next, price)
		for _, f := range flights {
			if price[f[0]]+f[2] < next[f[1]] {
				next[f[1]] = price[f[0]] + f[2]
			}
		}
		price, next = next, price
	}
	if price[dst] == inf {
		return -1
	}
	return price[dst]
}
