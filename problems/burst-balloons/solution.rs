impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut v = vec![1];
        v.extend_from_slice(&nums);
        v.push(1);
        let n = v.len();
        // best[i][j]: most coins from bursting everything strictly between i and j.
        let mut best = vec![vec![0i32; n]; n];
        for gap in 2..n {
            for i in 0..n - gap {
                let j = i + gap;
                let edge = v[i] * v[j];
                let mut b = 0;
                for k in i + 1..j {
                    b = b.max(best[i][k] + best[k][j] + edge * v[k]);
                }
                best[i][j] = b;
            }
        }
        best[0][n - 1]
    }
}
