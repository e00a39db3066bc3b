public class Solution {
    public double[] AverageOfLevels(TreeNode root) {
        var output = new List<double>();
        var queue = new Queue<TreeNode>();
        if (root != null) queue.Enqueue(root);
        while (queue.Count > 0) {
            int size = queue.Count;
            long sum = 0;  // values can be near 2^31
            for (int i = 0; i < size; i++) {
                TreeNode n = queue.Dequeue();
                sum += n.val;
                if (n.left != null) queue.Enqueue(n.left);
                if (n.right != null) queue.Enqueue(n.right);
            }
            output.Add((double) sum / size);
        }
        return output.ToArray();
    }
}
