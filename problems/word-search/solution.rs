impl Solution {
    pub fn exist(board: Vec<String>, word: String) -> bool {
        fn dfs(grid: &mut Vec<Vec<u8>>, w: &[u8], r: i32, c: i32, i: usize) -> bool {
            if r < 0 || r >= grid.len() as i32 || c < 0 || c >= grid[0].len() as i32 {
                return false;
            }
            let (ru, cu) = (r as usize, c as usize);
            if grid[ru][cu] != w[i] {
                return false;
            }
            if i == w.len() - 1 {
                return true;
            }
            grid[ru][cu] = b'#';
            let found = dfs(grid, w, r + 1, c, i + 1)
                || dfs(grid, w, r - 1, c, i + 1)
                || dfs(grid, w, r, c + 1, i + 1)
                || dfs(grid, w, r, c - 1, i + 1);
            grid[ru][cu] = w[i];
            found
        }
        let mut grid: Vec<Vec<u8>> = board.iter().map(|row| row.as_bytes().to_vec()).collect();
        let mut counts = [0usize; 128];
        let mut need = [0usize; 128];
        for row in &grid {
            for &ch in row {
                counts[ch as usize] += 1;
            }
        }
        let mut w: Vec<u8> = word.into_bytes();
        for &ch in &w {
            need[ch as usize] += 1;
            if need[ch as usize] > counts[ch as usize] {
                return false;
            }
        }
        if counts[w[w.len() - 1] as usize] < counts[w[0] as usize] {
            w.reverse();
        }
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if dfs(&mut grid, &w, r as i32, c as i32, 0) {
                    return true;
                }
            }
        }
        false
    }
}
