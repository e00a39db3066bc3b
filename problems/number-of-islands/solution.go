func numIslands(grid []string) int {
	g := make([][]byte, len(grid))
	for i, r := range grid {
		g[i] = []byte(r)
	}
	var sink func(i, j int)
	sink = func(i, j int) {
		if i < 0 || j < 0 || i >= len(g) || j >= len(g[i]) || g[i][j] != '1' {
			return
		}
		g[i][j] = '0'
		sink(i+1, j)
		sink(i-1, j)
		sink(i, j+1)
		sink(i, j-1)
	}
	islands := 0
	for i := range g {
		for j := range g[i] {
			if g[i][j] == '1' {
				islands++
				sink(i, j)
			}
		}
	}
	return islands
}
