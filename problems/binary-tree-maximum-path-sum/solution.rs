use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // best downward path from a node; updates `best` with the path turning at the node
        fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let left = gain(&n.left, best).max(0);
                    let right = gain(&n.right, best).max(0);
                    *best = (*best).max(n.val + left + right);
                    n.val + left.max(right)
                }
            }
        }
        let mut best = i32::MIN;
        gain(&root, &mut best);
        best
    }
}
