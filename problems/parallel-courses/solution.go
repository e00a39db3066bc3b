func minimumSemesters(n int, relations [][]int) int {
	adj := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range relations {
		adj[r[0]] = append(adj[r[0]], r[1])
		indeg[r[1]]++
	}
	var level []int
	for c := 1; c <= n; c++ {
		if indeg[c] == 0 {
			level = append(level, c)
		}
	}
	taken, semesters := 0, 0
	for len(level) > 0 {
		semesters++
		taken += len(level)
		var next []int
		for _, c := range level {
			for _, d := range adj[c] {
				indeg[d]--
				if indeg[d] == 0 {
					next = append(next, d)
				}
			}
		}
		level = next
	}
	if taken != n {
		return -1
	}
	return semesters
}
