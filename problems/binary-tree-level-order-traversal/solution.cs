public class Solution {
    public int[][] LevelOrder(TreeNode root) {
        var output = new List<int[]>();
        var queue = new Queue<TreeNode>();
        if (root != null) queue.Enqueue(root);
        while (queue.Count > 0) {
            // the queue holds exactly one whole level here
            int size = queue.Count;
            int[] row = new int[size];
            for (int i = 0; i < size; i++) {
                TreeNode node = queue.Dequeue();
                row[i] = node.val;
                if (node.left != null) queue.Enqueue(node.left);
                if (node.right != null) queue.Enqueue(node.right);
            }
            output.Add(row);
        }
        return output.ToArray();
    }
}
