public class Solution {
    private int best;

    public int MaxPathSum(TreeNode root) {
        best = int.MinValue;
        Gain(root);
        return best;
    }

    // best sum of a path that starts at node and goes straight down
    private int Gain(TreeNode node) {
        if (node == null) return 0;
        int left = Math.Max(0, Gain(node.left));
        int right = Math.Max(0, Gain(node.right));
        best = Math.Max(best, node.val + left + right);
        return node.val + Math.Max(left, right);
    }
}
