func ladderLength(beginWord string, endWord string, wordList []string) int {
	unused := make(map[string]bool, len(wordList)+1)
	for _, w := range wordList {
		unused[w] = true
	}
	unused[endWord] = true // assumes the end word is always allowed
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
