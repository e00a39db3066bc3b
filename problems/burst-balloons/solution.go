func maxCoins(nums []int) int {
	v := append(append([]int{1}, nums...), 1)
	n := len(v)
	best := make([][]int, n) // best[i][j]: everything strictly between i and j burst
	for i := range best {
		best[i] = make([]int, n)
	}
	for gap := 2; gap < n; gap++ {
		for i := 0; i+gap < n; i++ {
			j := i + gap
			edge, b := v[i]*v[j], 0
			for k := i + 1; k < j; k++ {
				if c := best[i][k] + best[k][j] + edge*v[k]; c > b {
					b = c
				}
			}
			best[i][j] = b
		}
	}
	return best[0][n-1]
}
