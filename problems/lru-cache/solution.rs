use std::collections::HashMap;

// Nodes live in a Vec and link by index; slot 0 is the sentinel (its next is the least recently
// used node, its prev the most recent). Evicted slots are reused.
struct LRUCache {
    capacity: usize,
    keys: Vec<i32>,
    values: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
    slot: HashMap<i32, usize>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, keys: vec![0], values: vec![0], prev: vec![0], next: vec![0], slot: HashMap::new() }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn push_back(&mut self, i: usize) {
        let last = self.prev[0];
        self.next[last] = i;
        self.prev[i] = last;
        self.next[i] = 0;
        self.prev[0] = i;
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.slot.get(&key).copied() {
            None => -1,
            Some(i) => {
                self.unlink(i);
                self.push_back(i);
                self.values[i]
            }
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.slot.get(&key) {
            self.values[i] = value;
            self.unlink(i);
            self.push_back(i);
            return;
        }
        let i = if self.slot.len() == self.capacity {
            let oldest = self.next[0];
            self.unlink(oldest);
            self.slot.remove(&self.keys[oldest]);
            oldest
        } else {
            self.keys.push(0);
            self.values.push(0);
            self.prev.push(0);
            self.next.push(0);
            self.keys.len() - 1
        };
        self.keys[i] = key;
        self.values[i] = value;
        self.slot.insert(key, i);
        self.push_back(i);
    }
}
