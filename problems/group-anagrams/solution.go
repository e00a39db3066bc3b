func groupAnagrams(strs []string) [][]string {
	index := map[[26]byte]int{}
	out := [][]string{}
	for _, s := range strs {
		var key [26]byte // counts fit: a word has at most 100 letters
		for i := 0; i < len(s); i++ {
			key[s[i]-'a']++
		}
		if g, ok := index[key]; ok {
			out[g] = append(out[g], s)
		} else {
			index[key] = len(out)
			out = append(out, []string{s})
		}
	}
	return out
}
