func validPath(n int, edges [][]int, source int, destination int) bool {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		parent[e[1]] = e[0] // links the vertex itself, not its root
	}
	return find(source) == find(destination)
}
