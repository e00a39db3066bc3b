func lengthOfLongestSubstring(s string) int {
	var last [128]int // index + 1 of each character's last occurrence, 0 = not seen
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] > start {
			start = last[c]
		}
		last[c] = i + 1
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
