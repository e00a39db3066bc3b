class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head || !head->next) return head;
        ListNode* rest = reverseList(head->next);
        head->next->next = head;  // forgets head->next = nullptr: the old head still points forward
        return rest;
    }
};
