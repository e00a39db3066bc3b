import (
	"container/heap"
	"sort"
)

type endHeap []int

func (h endHeap) Len() int            { return len(h) }
func (h endHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func minMeetingRooms(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	ends := &endHeap{}
	for _, iv := range intervals {
		if ends.Len() > 0 && (*ends)[0] <= iv[0] {
			heap.Pop(ends)
		}
		heap.Push(ends, iv[1])
	}
	return ends.Len()
}
