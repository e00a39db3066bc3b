impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::with_capacity(n + 1);
        let mut best = 0i32;
        for i in 0..=n {
            let h = if i == n { 0 } else { heights[i] };
            while let Some(&j) = stack.last() {
                if heights[j] < h {
                    break;
                }
                stack.pop();
                let width = match stack.last() {
                    Some(&left) => i - left - 1,
                    None => i,
                };
                best = best.max(heights[j] * width as i32);
            }
            stack.push(i);
        }
        best
    }
}
