impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        let n = b.len();
        let mut row: Vec<i32> = (0..=n as i32).collect();
        for i in 1..=a.len() {
            let mut diag = row[0];
            row[0] = i as i32;
            for j in 1..=n {
                let up = row[j];
                row[j] = if a[i - 1] == b[j - 1] { diag } else { 1 + up.min(row[j - 1]).min(diag) };
                diag = up;
            }
        }
        row[n]
    }
}
