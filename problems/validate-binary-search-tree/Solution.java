class Solution {
    public boolean isValidBST(TreeNode root) {
        return within(root, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean within(TreeNode node, long lo, long hi) {
        if (node == null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return within(node.left, lo, node.val) && within(node.right, node.val, hi);
    }
}
