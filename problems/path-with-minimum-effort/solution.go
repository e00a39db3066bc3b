import "container/heap"

// items are {effort, row, col}
type effortHeap [][3]int

func (h effortHeap) Len() int            { return len(h) }
func (h effortHeap) Less(i, j int) bool  { return h[i][0] < h[j][0] }
func (h effortHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *effortHeap) Push(x interface{}) { *h = append(*h, x.([3]int)) }
func (h *effortHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func minimumEffortPath(heights [][]int) int {
	rows, cols := len(heights), len(heights[0])
	best := make([][]int, rows)
	for r := range best {
		best[r] = make([]int, cols)
		for c := range best[r] {
			best[r][c] = 1 << 60
		}
	}
	best[0][0] = 0
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	h := &effortHeap{{0, 0, 0}}
	for h.Len() > 0 {
		top := heap.Pop(h).([3]int)
		effort, r, c := top[0], top[1], top[2]
		if effort > best[r][c] {
			continue
		}
		if r == rows-1 && c == cols-1 {
			return effort
		}
		for _, d := range dirs {
			nr, nc := r+d[0], c+d[1]
			if nr < 0 || nc < 0 || nr >= rows || nc >= cols {
				continue
			}
			e := heights[nr][nc] - heights[r][c]
			if e < 0 {
				e = -e
			}
			if e < effort {
				e = effort
			}
			if e < best[nr][nc] {
				best[nr][nc] = e
				heap.Push(h, [3]int{e, nr, nc})
			}
		}
	}
	return 0
}
