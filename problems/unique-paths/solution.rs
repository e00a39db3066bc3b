impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i64 {
        // C(m + n - 2, k) built incrementally; each step's value is itself a binomial, so the division is exact.
        let k = (m.min(n) - 1) as i64;
        let top = (m + n - 2) as i64;
        let mut r: i64 = 1;
        for i in 1..=k {
            r = r * (top - k + i) / i;
        }
        r
    }
}
