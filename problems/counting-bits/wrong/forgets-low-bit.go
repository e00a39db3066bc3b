// Takes the count of i >> 1 but forgets to add i's own lowest bit.
func countBits(n int) []int {
	bits := make([]int, n+1)
	for i := 1; i <= n; i++ {
		bits[i] = bits[i>>1]
	}
	if n >= 1 {
		bits[1] = 1
	}
	return bits
}
