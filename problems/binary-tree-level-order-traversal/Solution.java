class Solution {
    public int[][] levelOrder(TreeNode root) {
        List<int[]> out = new ArrayList<>();
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            int size = queue.size();
            int[] row = new int[size];
            for (int i = 0; i < size; i++) {
                TreeNode node = queue.poll();
                row[i] = node.val;
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            out.add(row);
        }
        return out.toArray(new int[0][]);
    }
}
