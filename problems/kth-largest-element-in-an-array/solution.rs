use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1); // min-heap (Reverse) of the k largest
        for x in nums {
            if heap.len() < k {
                heap.push(Reverse(x));
            } else if let Some(&Reverse(top)) = heap.peek() {
                if x > top {
                    heap.pop();
                    heap.push(Reverse(x));
                }
            }
        }
        heap.peek().unwrap().0
    }
}
