func canJump(nums []int) bool {
	farthest := 0
	for i, step := range nums {
		if i > farthest {
			return false
		}
		if i+step > farthest {
			farthest = i + step
		}
	}
	return true
}
