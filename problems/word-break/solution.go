func wordBreak(s string, wordDict []string) bool {
	words := make(map[string]bool, len(wordDict))
	longest := 0
	for _, w := range wordDict {
		words[w] = true
		if len(w) > longest {
			longest = len(w)
		}
	}
	n := len(s)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 1; i <= n; i++ {
		for k := 1; k <= longest && k <= i; k++ {
			if ok[i-k] && words[s[i-k:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[n]
}
