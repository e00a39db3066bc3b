public class Solution {
    public int KthSmallest(TreeNode root, int k) {
        // in-order with an explicit stack, stopping at the k-th node visited
        var stack = new Stack<TreeNode>();
        TreeNode node = root;
        while (true) {
            while (node != null) {
                stack.Push(node);
                node = node.left;
            }
            node = stack.Pop();
            if (--k == 0) return node.val;
            node = node.right;
        }
    }
}
