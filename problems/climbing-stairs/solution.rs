impl Solution {
    pub fn climb_stairs(n: i32) -> i64 {
        let (mut a, mut b) = (1i64, 1i64);
        for _ in 0..n {
            let c = a + b;
            a = b;
            b = c;
        }
        a
    }
}
