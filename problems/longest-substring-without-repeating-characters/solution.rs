impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [0usize; 128]; // index + 1 of each byte's last occurrence, 0 = not seen
        let (mut best, mut start) = (0usize, 0usize);
        for (i, b) in s.bytes().enumerate() {
            let c = b as usize;
            start = start.max(last[c]);
            last[c] = i + 1;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
