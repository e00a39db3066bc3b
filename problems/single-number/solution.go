func singleNumber(nums []int) int {
	acc := 0
	for _, x := range nums {
		acc ^= x
	}
	return acc
}
