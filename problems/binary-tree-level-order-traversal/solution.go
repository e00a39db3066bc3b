func levelOrder(root *TreeNode) [][]int {
	out := [][]int{}
	if root == nil {
		return out
	}
	level := []*TreeNode{root}
	for len(level) > 0 {
		row := make([]int, 0, len(level))
		next := []*TreeNode{}
		for _, n := range level {
			row = append(row, n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, row)
		level = next
	}
	return out
}
