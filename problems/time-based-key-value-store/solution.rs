use std::collections::HashMap;

struct TimeMap {
    // key -> its versions (timestamp, value), appended in increasing timestamp order.
    history: HashMap<String, Vec<(i32, String)>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.history.entry(key).or_insert_with(Vec::new).push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.history.get(&key) {
            None => String::new(),
            Some(versions) => {
                // Number of versions with a timestamp <= timestamp: the last of them is the answer.
                let n = versions.partition_point(|v| v.0 <= timestamp);
                if n == 0 { String::new() } else { versions[n - 1].1.clone() }
            }
        }
    }
}
