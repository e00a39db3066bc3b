public class Solution {
    public bool IsValidBST(TreeNode root) {
        return Within(root, long.MinValue, long.MaxValue);
    }

    // Every node must lie strictly inside the bounds its ancestors set; long bounds
    // so that int.MinValue and int.MaxValue values are still allowed. Depth <= 3000 fits the stack.
    private bool Within(TreeNode node, long lo, long hi) {
        if (node == null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return Within(node.left, lo, node.val) && Within(node.right, node.val, hi);
    }
}
