use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn average_of_levels(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<f64> {
        let mut out = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            let mut sum: i64 = 0;
            let mut next = Vec::new();
            for node in &level {
                let n = node.borrow();
                sum += n.val as i64;
                if let Some(l) = &n.left {
                    next.push(Rc::clone(l));
                }
                if let Some(r) = &n.right {
                    next.push(Rc::clone(r));
                }
            }
            out.push(sum as f64 / level.len() as f64);
            level = next;
        }
        out
    }
}
