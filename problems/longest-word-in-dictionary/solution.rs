use std::collections::HashSet;

impl Solution {
    pub fn longest_word(words: Vec<String>) -> String {
        let mut sorted = words;
        sorted.sort();
        let mut buildable: HashSet<String> = HashSet::new();
        buildable.insert(String::new());
        let mut best = String::new();
        for w in sorted {
            if buildable.contains(&w[..w.len() - 1]) {
                if w.len() > best.len() {
                    best = w.clone();
                }
                buildable.insert(w);
            }
        }
        best
    }
}
