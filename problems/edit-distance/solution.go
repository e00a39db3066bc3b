func minDistance(word1 string, word2 string) int {
	m, n := len(word1), len(word2)
	row := make([]int, n+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= m; i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= n; j++ {
			up := row[j]
			if word1[i-1] == word2[j-1] {
				row[j] = diag
			} else {
				best := up
				if row[j-1] < best {
					best = row[j-1]
				}
				if diag < best {
					best = diag
				}
				row[j] = best + 1
			}
			diag = up
		}
	}
	return row[n]
}
