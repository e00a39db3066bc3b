impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (grid.len() as i32, grid[0].len() as i32);
        let mut queue: Vec<(i32, i32)> = Vec::new();
        let mut fresh = 0;
        for r in 0..m {
            for c in 0..n {
                match grid[r as usize][c as usize] {
                    2 => queue.push((r, c)),
                    1 => fresh += 1,
                    _ => {}
                }
            }
        }
        let mut minutes = 0;
        while !queue.is_empty() && fresh > 0 {
            minutes += 1;
            let mut next = Vec::new();
            for &(r, c) in &queue {
                for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                    let (a, b) = (r + dr, c + dc);
                    if a >= 0 && a < m && b >= 0 && b < n && grid[a as usize][b as usize] == 1 {
                        grid[a as usize][b as usize] = 2;
                        fresh -= 1;
                        next.push((a, b));
                    }
                }
            }
            queue = next;
        }
        if fresh > 0 { -1 } else { minutes }
    }
}
