impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i64;
        let sum: i64 = nums.iter().map(|&x| x as i64).sum();
        (n * (n + 1) / 2 - sum) as i32
    }
}
