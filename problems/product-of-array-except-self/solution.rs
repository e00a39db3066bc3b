impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1i32; n];
        for i in 1..n {
            answer[i] = answer[i - 1] * nums[i - 1];
        }
        let mut right = 1i32;
        for i in (0..n).rev() {
            answer[i] *= right;
            right *= nums[i];
        }
        answer
    }
}
