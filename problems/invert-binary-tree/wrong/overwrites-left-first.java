class Solution {
    public TreeNode invertTree(TreeNode root) {
        if (root == null) return null;
        root.left = invertTree(root.right);
        root.right = invertTree(root.left); // root.left was already replaced: the old left subtree is lost
        return root;
    }
}
