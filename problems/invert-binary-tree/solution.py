class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        stack = [root]
        while stack:
            n = stack.pop()
            if n:
                n.left, n.right = n.right, n.left
                stack.extend([n.left, n.right])
        return root
