func climbStairs(n int) int64 {
	var prev, cur int64 = 1, 1
	for i := 2; i <= n; i++ {
		prev, cur = cur, prev+cur
	}
	return cur
}
