func missingNumber(nums []int) int {
	acc := len(nums)
	for i, x := range nums {
		acc ^= i ^ x
	}
	return acc
}
