impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut parent: Vec<usize> = (0..=edges.len()).collect();
        for e in &edges {
            let a = find(&mut parent, e[0] as usize);
            let b = find(&mut parent, e[1] as usize);
            if a == b {
                return e.clone();
            }
            parent[a] = b;
        }
        vec![]
    }
}
