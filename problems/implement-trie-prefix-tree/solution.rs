// Nodes in a Vec, children by index (0 = none: the root is node 0 and never a child).
struct Trie {
    children: Vec<[usize; 26]>,
    end: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { children: vec![[0; 26]], end: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.children[node][c] == 0 {
                self.children.push([0; 26]);
                self.end.push(false);
                let child = self.children.len() - 1;
                self.children[node][c] = child;
            }
            node = self.children[node][c];
        }
        self.end[node] = true;
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut node = 0;
        for b in s.bytes() {
            node = self.children[node][(b - b'a') as usize];
            if node == 0 {
                return None;
            }
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        self.walk(&word).map_or(false, |n| self.end[n])
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}
