impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // fewest[a] = fewest coins summing to a; amount + 1 stands for "impossible".
        let n = amount as usize;
        let mut fewest = vec![n + 1; n + 1];
        fewest[0] = 0;
        for a in 1..=n {
            for &c in &coins {
                let c = c as usize;
                if c <= a && fewest[a - c] + 1 < fewest[a] {
                    fewest[a] = fewest[a - c] + 1;
                }
            }
        }
        if fewest[n] > n {
            -1
        } else {
            fewest[n] as i32
        }
    }
}
