impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        loop {
            match (list1, list2) {
                (Some(mut a), Some(mut b)) => {
                    if a.val <= b.val {
                        list1 = a.next.take();
                        list2 = Some(b);
                        *tail = Some(a);
                    } else {
                        list2 = b.next.take();
                        list1 = Some(a);
                        *tail = Some(b);
                    }
                    tail = &mut tail.as_mut().unwrap().next;
                }
                (rest1, rest2) => {
                    *tail = rest1.or(rest2);
                    break;
                }
            }
        }
        head
    }
}
