func orangesRotting(grid [][]int) int {
	m, n := len(grid), len(grid[0])
	var queue [][2]int
	fresh := 0
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if grid[r][c] == 2 {
				queue = append(queue, [2]int{r, c})
			} else if grid[r][c] == 1 {
				fresh++
			}
		}
	}
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	minutes := 0
	for len(queue) > 0 && fresh > 0 {
		minutes++
		var next [][2]int
		for _, p := range queue {
			for _, d := range dirs {
				a, b := p[0]+d[0], p[1]+d[1]
				if a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1 {
					grid[a][b] = 2
					fresh--
					next = append(next, [2]int{a, b})
				}
			}
		}
		queue = next
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}
