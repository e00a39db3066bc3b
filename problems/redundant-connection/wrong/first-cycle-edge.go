func findRedundantConnection(edges [][]int) []int {
	n := len(edges)
	deg := make([]int, n+1)
	adj := make([][]int, n+1)
	for _, e := range edges {
		deg[e[0]]++
		deg[e[1]]++
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	gone := make([]bool, n+1)
	var stack []int
	for v := 1; v <= n; v++ {
		if deg[v] == 1 {
			stack = append(stack, v)
		}
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		gone[v] = true
		for _, w := range adj[v] {
			if !gone[w] {
				deg[w]--
				if deg[w] == 1 {
					stack = append(stack, w)
				}
			}
		}
	}
	for _, e := range edges { // returns the first cycle edge, not the last one
		if !gone[e[0]] && !gone[e[1]] {
			return e
		}
	}
	return nil
}
