class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node: Optional[TreeNode]) -> int:
            nonlocal best
            if node is None:
                return 0
            left, right = gain(node.left), gain(node.right)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
