// Counts s, then spends t's letters and fails only on a negative count: never checks that every
// letter of s was used, so a t shorter than s ("ab" vs "a") is accepted.
func isAnagram(s string, t string) bool {
	var count [26]int
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
	}
	for i := 0; i < len(t); i++ {
		count[t[i]-'a']--
		if count[t[i]-'a'] < 0 {
			return false
		}
	}
	return true
}
