use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut seen: HashMap<i32, i32> = HashMap::new();
        seen.insert(0, 1);
        let (mut sum, mut count) = (0i32, 0i32);
        for x in nums {
            sum += x;
            if let Some(&c) = seen.get(&(sum - k)) {
                count += c;
            }
            *seen.entry(sum).or_insert(0) += 1;
        }
        count
    }
}
