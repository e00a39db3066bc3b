class Solution:
    def findWords(self, board: List[str], words: List[str]) -> List[str]:
        # Word Search for each word on its own, from every cell: correct, but O(W * cells * 3^L), with
        # nothing shared between words that start alike.
        grid = [list(row) for row in board]
        m, n = len(grid), len(grid[0])

        def spells(r: int, c: int, word: str, i: int) -> bool:
            if r < 0 or r >= m or c < 0 or c >= n or grid[r][c] != word[i]:
                return False
            if i + 1 == len(word):
                return True
            grid[r][c] = "#"
            found = spells(r + 1, c, word, i + 1) or spells(r - 1, c, word, i + 1) or spells(r, c + 1, word, i + 1) or spells(r, c - 1, word, i + 1)
            grid[r][c] = word[i]
            return found

        return [w for w in words if any(spells(r, c, w, 0) for r in range(m) for c in range(n))]
