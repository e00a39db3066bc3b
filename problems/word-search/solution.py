class Solution:
    def exist(self, board: List[str], word: str) -> bool:
        m, n = len(board), len(board[0])
        counts = collections.Counter("".join(board))
        if any(counts[ch] < k for ch, k in collections.Counter(word).items()):
            return False
        if counts[word[-1]] < counts[word[0]]:
            word = word[::-1]  # start from the rarer end
        grid = [list(row) for row in board]
        last = len(word) - 1

        def dfs(r: int, c: int, i: int) -> bool:
            if grid[r][c] != word[i]:
                return False
            if i == last:
                return True
            grid[r][c] = "#"
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < m and 0 <= b < n and dfs(a, b, i + 1):
                    grid[r][c] = word[i]
                    return True
            grid[r][c] = word[i]
            return False

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
