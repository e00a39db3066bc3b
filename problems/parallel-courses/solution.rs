impl Solution {
    pub fn minimum_semesters(n: i32, relations: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut indeg = vec![0usize; n + 1];
        for r in &relations {
            adj[r[0] as usize].push(r[1] as usize);
            indeg[r[1] as usize] += 1;
        }
        let mut level: Vec<usize> = (1..=n).filter(|&c| indeg[c] == 0).collect();
        let (mut taken, mut semesters) = (0, 0);
        while !level.is_empty() {
            semesters += 1;
            taken += level.len();
            let mut next = Vec::new();
            for &c in &level {
                for &d in &adj[c] {
                    indeg[d] -= 1;
                    if indeg[d] == 0 {
                        next.push(d);
                    }
                }
            }
            level = next;
        }
        if taken == n { semesters } else { -1 }
    }
}
