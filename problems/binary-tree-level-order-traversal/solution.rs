use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        let mut queue = VecDeque::new();
        if let Some(r) = root {
            queue.push_back(r);
        }
        while !queue.is_empty() {
            let size = queue.len();
            let mut row = Vec::with_capacity(size);
            for _ in 0..size {
                let node = queue.pop_front().unwrap();
                let n = node.borrow();
                row.push(n.val);
                if let Some(l) = n.left.clone() {
                    queue.push_back(l);
                }
                if let Some(r) = n.right.clone() {
                    queue.push_back(r);
                }
            }
            out.push(row);
        }
        out
    }
}
