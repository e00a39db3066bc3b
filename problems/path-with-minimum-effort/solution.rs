use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn minimum_effort_path(heights: Vec<Vec<i32>>) -> i32 {
        let rows = heights.len();
        let cols = heights[0].len();
        let mut best = vec![vec![i32::MAX; cols]; rows];
        best[0][0] = 0;
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, 0usize, 0usize)));
        while let Some(Reverse((effort, r, c))) = heap.pop() {
            if effort > best[r][c] {
                continue;
            }
            if r == rows - 1 && c == cols - 1 {
                return effort;
            }
            let mut next = Vec::with_capacity(4);
            if r + 1 < rows {
                next.push((r + 1, c));
            }
            if r > 0 {
                next.push((r - 1, c));
            }
            if c + 1 < cols {
                next.push((r, c + 1));
            }
            if c > 0 {
                next.push((r, c - 1));
            }
            for (nr, nc) in next {
                let e = effort.max((heights[nr][nc] - heights[r][c]).abs());
                if e < best[nr][nc] {
                    best[nr][nc] = e;
                    heap.push(Reverse((e, nr, nc)));
                }
            }
        }
        0
    }
}
