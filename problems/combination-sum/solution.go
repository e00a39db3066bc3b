import "sort"

func combinationSum(candidates []int, target int) [][]int {
	c := append([]int{}, candidates...)
	sort.Ints(c)
	out := [][]int{}
	path := []int{}
	var backtrack func(start, remaining int)
	backtrack = func(start, remaining int) {
		if remaining == 0 {
			out = append(out, append([]int{}, path...))
			return
		}
		for i := start; i < len(c) && c[i] <= remaining; i++ {
			path = append(path, c[i])
			backtrack(i, remaining-c[i])
			path = path[:len(path)-1]
		}
	}
	backtrack(0, target)
	return out
}
