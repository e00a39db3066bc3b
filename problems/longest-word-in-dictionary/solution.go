import "sort"

func longestWord(words []string) string {
	sorted := append([]string{}, words...)
	sort.Strings(sorted)
	buildable := map[string]bool{"": true}
	best := ""
	for _, w := range sorted {
		if buildable[w[:len(w)-1]] {
			buildable[w] = true
			if len(w) > len(best) {
				best = w
			}
		}
	}
	return best
}
