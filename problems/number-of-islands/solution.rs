impl Solution {
    pub fn num_islands(grid: Vec<String>) -> i32 {
        let mut g: Vec<Vec<u8>> = grid.into_iter().map(|r| r.into_bytes()).collect();
        let (m, n) = (g.len(), g[0].len());
        let mut islands = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if g[i][j] != b'1' {
                    continue;
                }
                islands += 1;
                g[i][j] = b'0';
                stack.push((i, j));
                while let Some((r, c)) = stack.pop() {
                    let mut next = Vec::with_capacity(4);
                    if r > 0 {
                        next.push((r - 1, c));
                    }
                    if r + 1 < m {
                        next.push((r + 1, c));
                    }
                    if c > 0 {
                        next.push((r, c - 1));
                    }
                    if c + 1 < n {
                        next.push((r, c + 1));
                    }
                    for (x, y) in next {
                        if g[x][y] == b'1' {
                            g[x][y] = b'0';
                            stack.push((x, y));
                        }
                    }
                }
            }
        }
        islands
    }
}
