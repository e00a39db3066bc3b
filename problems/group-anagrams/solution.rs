use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut index: HashMap<[u8; 26], usize> = HashMap::new();
        let mut out: Vec<Vec<String>> = Vec::new();
        for s in strs {
            let mut key = [0u8; 26];
            for b in s.bytes() {
                key[(b - b'a') as usize] += 1;
            }
            match index.get(&key) {
                Some(&g) => out[g].push(s),
                None => {
                    index.insert(key, out.len());
                    out.push(vec![s]);
                }
            }
        }
        out
    }
}
