public class Solution {
    public ListNode RemoveNthFromEnd(ListNode head, int n) {
        // The dummy head makes removing the first node no special case.
        ListNode dummy = new ListNode(0, head);
        ListNode fast = dummy, slow = dummy;
        for (int i = 0; i < n; i++) fast = fast.next;
        // fast runs n nodes ahead, so slow stops just before the node to remove.
        while (fast.next != null) {
            fast = fast.next;
            slow = slow.next;
        }
        slow.next = slow.next.next;
        return dummy.next;
    }
}
