func maxPathSum(root *TreeNode) int {
	best := root.Val
	var gain func(n *TreeNode) int
	gain = func(n *TreeNode) int {
		if n == nil {
			return 0
		}
		left, right := gain(n.Left), gain(n.Right)
		if left < 0 {
			left = 0
		}
		if right < 0 {
			right = 0
		}
		if n.Val+left+right > best {
			best = n.Val + left + right
		}
		if left > right {
			return n.Val + left
		}
		return n.Val + right
	}
	gain(root)
	return best
}
