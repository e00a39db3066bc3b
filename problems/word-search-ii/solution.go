type trieNode struct {
	next     [26]*trieNode
	word     string
	end      bool
	children int
}

func findWords(board []string, words []string) []string {
	root := &trieNode{}
	for _, w := range words {
		node := root
		for i := 0; i < len(w); i++ {
			k := w[i] - 'a'
			if node.next[k] == nil {
				node.next[k] = &trieNode{}
				node.children++
			}
			node = node.next[k]
		}
		node.word, node.end = w, true
	}
	m, n := len(board), len(board[0])
	grid := make([][]byte, m)
	for r := range board {
		grid[r] = []byte(board[r])
	}
	out := []string{}
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	var dfs func(r, c int, parent *trieNode)
	dfs = func(r, c int, parent *trieNode) {
		ch := grid[r][c]
		node := parent.next[ch-'a']
		if node.end {
			out = append(out, node.word)
			node.end = false
		}
		grid[r][c] = '#'
		for _, d := range dirs {
			a, b := r+d[0], c+d[1]
			if a >= 0 && a < m && b >= 0 && b < n && grid[a][b] != '#' && node.next[grid[a][b]-'a'] != nil {
				dfs(a, b, node)
			}
		}
		grid[r][c] = ch
		if node.children == 0 && !node.end {
			parent.next[ch-'a'] = nil
			parent.children--
		}
	}
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if root.next[grid[r][c]-'a'] != nil {
				dfs(r, c, root)
			}
		}
	}
	return out
}
