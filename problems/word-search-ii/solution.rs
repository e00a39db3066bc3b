struct Node {
    next: [usize; 26], // 0 = none (the root is never a child)
    word: Option<usize>,
    children: usize,
}

impl Node {
    fn new() -> Self {
        Node { next: [0; 26], word: None, children: 0 }
    }
}

impl Solution {
    pub fn find_words(board: Vec<String>, words: Vec<String>) -> Vec<String> {
        fn dfs(trie: &mut Vec<Node>, grid: &mut Vec<Vec<u8>>, r: usize, c: usize, parent: usize, words: &[String], out: &mut Vec<String>) {
            let ch = grid[r][c];
            let k = (ch - b'a') as usize;
            let node = trie[parent].next[k];
            if let Some(w) = trie[node].word.take() {
                out.push(words[w].clone());
            }
            grid[r][c] = b'#';
            let (m, n) = (grid.len(), grid[0].len());
            let mut around = Vec::with_capacity(4);
            if r + 1 < m { around.push((r + 1, c)); }
            if r > 0 { around.push((r - 1, c)); }
            if c + 1 < n { around.push((r, c + 1)); }
            if c > 0 { around.push((r, c - 1)); }
            for (a, b) in around {
                let x = grid[a][b];
                if x != b'#' && trie[node].next[(x - b'a') as usize] != 0 {
                    dfs(trie, grid, a, b, node, words, out);
                }
            }
            grid[r][c] = ch;
            if trie[node].children == 0 && trie[node].word.is_none() {
                trie[parent].next[k] = 0;
                trie[parent].children -= 1;
            }
        }
        let mut trie = vec![Node::new()];
        for (i, w) in words.iter().enumerate() {
            let mut node = 0;
            for &ch in w.as_bytes() {
                let k = (ch - b'a') as usize;
                if trie[node].next[k] == 0 {
                    trie.push(Node::new());
                    let child = trie.len() - 1;
                    trie[node].next[k] = child;
                    trie[node].children += 1;
                }
                node = trie[node].next[k];
            }
            trie[node].word = Some(i);
        }
        let mut grid: Vec<Vec<u8>> = board.iter().map(|row| row.as_bytes().to_vec()).collect();
        let mut out = Vec::new();
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if trie[0].next[(grid[r][c] - b'a') as usize] != 0 {
                    dfs(&mut trie, &mut grid, r, c, 0, &words, &mut out);
                }
            }
        }
        out
    }
}
