class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Quick-find: each node carries its component's label; a union relabels every node of one side
        # by scanning all n. Correct, but O(n) a union: O(V * E).
        label = list(range(n))
        count = n
        for a, b in edges:
            old, new = label[b], label[a]
            if old == new:
                continue
            for v in range(n):
                if label[v] == old:
                    label[v] = new
            count -= 1
        return count
