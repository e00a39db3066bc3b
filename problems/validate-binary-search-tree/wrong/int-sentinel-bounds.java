class Solution {
    public boolean isValidBST(TreeNode root) {
        return within(root, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private boolean within(TreeNode node, int lo, int hi) {
        if (node == null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return within(node.left, lo, node.val) && within(node.right, node.val, hi);
    }
}
