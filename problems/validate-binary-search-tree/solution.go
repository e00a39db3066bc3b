func isValidBST(root *TreeNode) bool {
	// the bounds are the bounding ancestors themselves (nil: unbounded), so no sentinel value is needed
	var within func(n, lo, hi *TreeNode) bool
	within = func(n, lo, hi *TreeNode) bool {
		if n == nil {
			return true
		}
		if (lo != nil && n.Val <= lo.Val) || (hi != nil && n.Val >= hi.Val) {
			return false
		}
		return within(n.Left, lo, n) && within(n.Right, n, hi)
	}
	return within(root, nil, nil)
}
