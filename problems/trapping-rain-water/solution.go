func trap(height []int) int {
	l, r := 0, len(height)-1
	leftMax, rightMax, water := 0, 0, 0
	for l < r {
		if height[l] > leftMax {
			leftMax = height[l]
		}
		if height[r] > rightMax {
			rightMax = height[r]
		}
		if leftMax <= rightMax {
			water += leftMax - height[l]
			l++
		} else {
			water += rightMax - height[r]
			r--
		}
	}
	return water
}
