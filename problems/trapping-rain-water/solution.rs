impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        if height.is_empty() {
            return 0;
        }
        let (mut l, mut r) = (0usize, height.len() - 1);
        let (mut left_max, mut right_max, mut water) = (0i32, 0i32, 0i32);
        while l < r {
            left_max = left_max.max(height[l]);
            right_max = right_max.max(height[r]);
            if left_max <= right_max {
                water += left_max - height[l];
                l += 1;
            } else {
                water += right_max - height[r];
                r -= 1;
            }
        }
        water
    }
}
