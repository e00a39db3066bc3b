func averageOfLevels(root *TreeNode) []float64 {
	out := []float64{}
	level := []*TreeNode{}
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		var sum int64
		next := []*TreeNode{}
		for _, n := range level {
			sum += int64(n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, float64(sum)/float64(len(level)))
		level = next
	}
	return out
}
