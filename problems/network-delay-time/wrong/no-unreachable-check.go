import "container/heap"

type pq [][2]int

func (h pq) Len() int            { return len(h) }
func (h pq) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h pq) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *pq) Push(x interface{}) { *h = append(*h, x.([2]int)) }
func (h *pq) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func networkDelayTime(times [][]int, n int, k int) int {
	adj := make([][][2]int, n+1)
	for _, t := range times {
		adj[t[0]] = append(adj[t[0]], [2]int{t[1], t[2]})
	}
	dist := map[int]int{}
	h := &pq{{0, k}}
	for h.Len() > 0 {
		top := heap.Pop(h).([2]int)
		if _, done := dist[top[1]]; done {
			continue
		}
		dist[top[1]] = top[0]
		for _, e := range adj[top[1]] {
			if _, done := dist[e[0]]; !done {
				heap.Push(h, [2]int{top[0] + e[1], e[0]})
			}
		}
	}
	best := 0
	for _, d := range dist { // the latest node reached, even when some node was never reached
		if d > best {
			best = d
		}
	}
	return best
}
