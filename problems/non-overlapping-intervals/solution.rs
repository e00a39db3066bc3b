impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        let mut sorted = intervals;
        sorted.sort_unstable_by_key(|iv| iv[1]);
        let mut kept = 0;
        let mut last_end = i64::MIN;
        for iv in &sorted {
            if iv[0] as i64 >= last_end {
                kept += 1;
                last_end = iv[1] as i64;
            }
        }
        sorted.len() as i32 - kept
    }
}
