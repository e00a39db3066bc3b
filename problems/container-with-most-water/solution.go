func maxArea(height []int) int {
	lo, hi, best := 0, len(height)-1, 0
	for lo < hi {
		h := height[hi]
		if height[lo] < h {
			h = height[lo]
		}
		if area := h * (hi - lo); area > best {
			best = area
		}
		if height[lo] < height[hi] {
			lo++
		} else {
			hi--
		}
	}
	return best
}
