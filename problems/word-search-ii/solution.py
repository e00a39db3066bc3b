class Solution:
    def findWords(self, board: List[str], words: List[str]) -> List[str]:
        root: dict = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        grid = [list(row) for row in board]
        m, n = len(grid), len(grid[0])
        out: List[str] = []

        def dfs(r: int, c: int, parent: dict) -> None:
            ch = grid[r][c]
            node = parent[ch]
            word = node.pop("$", None)
            if word is not None:
                out.append(word)
            grid[r][c] = "#"
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < m and 0 <= b < n and grid[a][b] in node:
                    dfs(a, b, node)
            grid[r][c] = ch
            if not node:
                parent.pop(ch)  # nothing left to find below: prune the branch

        for r in range(m):
            for c in range(n):
                if grid[r][c] in root:
                    dfs(r, c, root)
        return out
