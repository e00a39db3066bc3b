impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let (mut prev2, mut prev1) = (0, 0);
        for x in nums {
            let cur = prev1.max(prev2 + x);
            prev2 = prev1;
            prev1 = cur;
        }
        prev1
    }
}
