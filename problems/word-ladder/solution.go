func ladderLength(beginWord string, endWord string, wordList []string) int {
	unused := make(map[string]bool, len(wordList))
	for _, w := range wordList {
		unused[w] = true
	}
	if !unused[endWord] {
		return 0
	}
	delete(unused, beginWord)
	level := []string{beginWord}
	steps := 1
	for len(level) > 0 {
		steps++
		var next []string
		for _, word := range level {
			w := []byte(word)
			for i := range w {
				orig := w[i]
				for c := byte('a'); c <= 'z'; c++ {
					if c == orig {
						continue
					}
					w[i] = c
					v := string(w)
					if unused[v] {
						if v == endWord {
							return steps
						}
						delete(unused, v)
						next = append(next, v)
					}
				}
				w[i] = orig
			}
		}
		level = next
	}
	return 0
}
