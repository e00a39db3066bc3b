class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head and head.next:  # stops one node early: the last node is lost
            nxt = head.next
            head.next = prev
            prev = head
            head = nxt
        return prev
