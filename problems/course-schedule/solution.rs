impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut indegree = vec![0usize; n];
        for p in &prerequisites {
            unlocks[p[1] as usize].push(p[0] as usize);
            indegree[p[0] as usize] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| indegree[c] == 0).collect();
        let mut taken = 0;
        while let Some(c) = ready.pop() {
            taken += 1;
            for &next in &unlocks[c] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    ready.push(next);
                }
            }
        }
        taken == n
    }
}
