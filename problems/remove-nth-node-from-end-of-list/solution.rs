impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        // Box lists have one owner, so two live pointers are out: count, then walk to the predecessor.
        let mut len = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            len += 1;
            p = node.next.as_ref();
        }
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut cur = &mut dummy;
        for _ in 0..(len - n) {
            cur = cur.next.as_mut().unwrap();
        }
        let removed = cur.next.take();
        cur.next = removed.and_then(|node| node.next);
        dummy.next
    }
}
