class Solution {
    // Every pair of ends: from every node, walk every path that starts there (the tree as an undirected
    // graph) and keep the best sum. Correct, but n walks of n nodes: O(n^2).
    public int maxPathSum(TreeNode root) {
        List<TreeNode> nodes = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        nodes.add(root);
        parent.add(-1);
        for (int i = 0; i < nodes.size(); i++) {
            TreeNode t = nodes.get(i);
            if (t.left != null) { nodes.add(t.left); parent.add(i); }
            if (t.right != null) { nodes.add(t.right); parent.add(i); }
        }
        int n = nodes.size();
        int[] val = new int[n];
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) { val[i] = nodes.get(i).val; adj.add(new ArrayList<>()); }
        for (int i = 1; i < n; i++) { adj.get(i).add(parent.get(i)); adj.get(parent.get(i)).add(i); }
        int best = Integer.MIN_VALUE;
        int[] stackNode = new int[n + 1], stackFrom = new int[n + 1], stackSum = new int[n + 1];
        for (int s = 0; s < n; s++) {
            int top = 0;
            stackNode[top] = s; stackFrom[top] = -1; stackSum[top] = val[s]; top++;
            while (top > 0) {
                top--;
                int u = stackNode[top], from = stackFrom[top], sum = stackSum[top];
                best = Math.max(best, sum);
                for (int w : adj.get(u)) if (w != from) { stackNode[top] = w; stackFrom[top] = u; stackSum[top] = sum + val[w]; top++; }
            }
        }
        return best;
    }
}
