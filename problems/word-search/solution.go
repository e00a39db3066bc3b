func exist(board []string, word string) bool {
	m, n := len(board), len(board[0])
	grid := make([][]byte, m)
	var counts, need [128]int
	for r := range board {
		grid[r] = []byte(board[r])
		for _, ch := range grid[r] {
			counts[ch]++
		}
	}
	w := []byte(word)
	for _, ch := range w {
		need[ch]++
		if need[ch] > counts[ch] {
			return false
		}
	}
	if counts[w[len(w)-1]] < counts[w[0]] {
		for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
			w[i], w[j] = w[j], w[i]
		}
	}
	var dfs func(r, c, i int) bool
	dfs = func(r, c, i int) bool {
		if r < 0 || r >= m || c < 0 || c >= n || grid[r][c] != w[i] {
			return false
		}
		if i == len(w)-1 {
			return true
		}
		grid[r][c] = '#'
		found := dfs(r+1, c, i+1) || dfs(r-1, c, i+1) || dfs(r, c+1, i+1) || dfs(r, c-1, i+1)
		grid[r][c] = w[i]
		return found
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if dfs(r, c, 0) {
				return true
			}
		}
	}
	return false
}
