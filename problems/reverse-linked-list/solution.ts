function reverseList(head: ListNode | null): ListNode | null {
    let prev: ListNode | null = null;
    while (head !== null) {
        const next: ListNode | null = head.next;
        head.next = prev;
        prev = head;
        head = next;
    }
    return prev;
}
