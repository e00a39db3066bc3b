use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let longest = word_dict.iter().map(|w| w.len()).max().unwrap_or(0);
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for k in 1..=longest.min(i) {
                if ok[i - k] && words.contains(&s[i - k..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
