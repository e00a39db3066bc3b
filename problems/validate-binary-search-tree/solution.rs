use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn within(node: &Option<Rc<RefCell<TreeNode>>>, lo: Option<i32>, hi: Option<i32>) -> bool {
            match node {
                None => true,
                Some(n) => {
                    let n = n.borrow();
                    let v = n.val;
                    if lo.map_or(false, |l| v <= l) || hi.map_or(false, |h| v >= h) {
                        return false;
                    }
                    within(&n.left, lo, Some(v)) && within(&n.right, Some(v), hi)
                }
            }
        }
        within(&root, None, None)
    }
}
