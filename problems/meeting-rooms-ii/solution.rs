use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut sorted = intervals;
        sorted.sort_unstable_by_key(|iv| iv[0]);
        let mut ends: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        for iv in &sorted {
            if let Some(&Reverse(earliest)) = ends.peek() {
                if earliest <= iv[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(iv[1]));
        }
        ends.len() as i32
    }
}
