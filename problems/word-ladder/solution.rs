use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut unused: HashSet<Vec<u8>> = word_list.into_iter().map(|w| w.into_bytes()).collect();
        let end = end_word.into_bytes();
        if !unused.contains(&end) {
            return 0;
        }
        let begin = begin_word.into_bytes();
        unused.remove(&begin);
        let mut level = vec![begin];
        let mut steps = 1;
        while !level.is_empty() {
            steps += 1;
            let mut next = Vec::new();
            for mut w in level {
                for i in 0..w.len() {
                    let orig = w[i];
                    for c in b'a'..=b'z' {
                        if c == orig {
                            continue;
                        }
                        w[i] = c;
                        if unused.remove(&w) {
                            if w == end {
                                return steps;
                            }
                            next.push(w.clone());
                        }
                    }
                    w[i] = orig;
                }
            }
            level = next;
        }
        0
    }
}
