impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let (sb, tb) = (s.as_bytes(), t.as_bytes());
        let mut need = [0i32; 128];
        for &c in tb {
            need[c as usize] += 1;
        }
        let mut missing = tb.len();
        let (mut left, mut best_start, mut best_len) = (0usize, 0usize, usize::MAX);
        for right in 0..sb.len() {
            let c = sb[right] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if right - left + 1 < best_len {
                    best_start = left;
                    best_len = right - left + 1;
                }
                let d = sb[left] as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        if best_len == usize::MAX {
            String::new()
        } else {
            s[best_start..best_start + best_len].to_string()
        }
    }
}
