public class Solution {
    public ListNode ReverseList(ListNode head) {
        // Iterative: no recursion depth on long lists.
        ListNode prev = null;
        while (head != null) {
            ListNode next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
}
