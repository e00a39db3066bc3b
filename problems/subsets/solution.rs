impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn backtrack(nums: &[i32], start: usize, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            out.push(path.clone());
            for i in start..nums.len() {
                path.push(nums[i]);
                backtrack(nums, i + 1, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        backtrack(&nums, 0, &mut Vec::new(), &mut out);
        out
    }
}
