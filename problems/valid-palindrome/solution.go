func isPalindrome(s string) bool {
	alnum := func(c byte) bool {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	}
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	i, j := 0, len(s)-1
	for i < j {
		switch {
		case !alnum(s[i]):
			i++
		case !alnum(s[j]):
			j--
		case lower(s[i]) != lower(s[j]):
			return false
		default:
			i++
			j--
		}
	}
	return true
}
