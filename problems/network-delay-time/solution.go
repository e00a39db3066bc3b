import "container/heap"

type distHeap [][2]int

func (h distHeap) Len() int            { return len(h) }
func (h distHeap) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h distHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x interface{}) { *h = append(*h, x.([2]int)) }
func (h *distHeap) Pop() interface{} {
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
	const inf = 1 << 60
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[k] = 0
	h := &distHeap{{0, k}}
	for h.Len() > 0 {
		top := heap.Pop(h).([2]int)
		d, u := top[0], top[1]
		if d > dist[u] {
			continue
		}
		for _, e := range adj[u] {
			if d+e[1] < dist[e[0]] {
				dist[e[0]] = d + e[1]
				heap.Push(h, [2]int{dist[e[0]], e[0]})
			}
		}
	}
	best := 0
	for v := 1; v <= n; v++ {
		if dist[v] == inf {
			return -1
		}
		if dist[v] > best {
			best = dist[v]
		}
	}
	return best
}
