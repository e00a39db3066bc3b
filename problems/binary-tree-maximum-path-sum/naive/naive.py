class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Every pair of ends: from every node, walk every path that starts there (the tree as an undirected
        # graph) and keep the best sum. Correct, but n walks of n nodes: O(n^2).
        nodes, parent = [root], [-1]
        for i, t in enumerate(nodes):
            for c in (t.left, t.right):
                if c:
                    nodes.append(c)
                    parent.append(i)
        n = len(nodes)
        adj = [[] for _ in range(n)]
        for i in range(1, n):
            adj[i].append(parent[i])
            adj[parent[i]].append(i)
        best = root.val
        for s in range(n):
            stack = [(s, -1, nodes[s].val)]
            while stack:
                u, frm, total = stack.pop()
                if total > best:
                    best = total
                for w in adj[u]:
                    if w != frm:
                        stack.append((w, u, total + nodes[w].val))
        return best
