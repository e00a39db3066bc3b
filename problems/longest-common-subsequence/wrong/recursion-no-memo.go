// The right recurrence as plain recursion: exponential when the characters keep differing.
func longestCommonSubsequence(text1 string, text2 string) int {
	var lcs func(i, j int) int
	lcs = func(i, j int) int {
		if i == len(text1) || j == len(text2) {
			return 0
		}
		if text1[i] == text2[j] {
			return 1 + lcs(i+1, j+1)
		}
		a, b := lcs(i+1, j), lcs(i, j+1)
		if a > b {
			return a
		}
		return b
	}
	return lcs(0, 0)
}
