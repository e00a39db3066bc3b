impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut intervals = intervals;
        intervals.sort_unstable_by_key(|iv| iv[0]);
        let mut out: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if let Some(last) = out.last_mut() {
                if iv[0] <= last[1] {
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            out.push(iv);
        }
        out
    }
}
