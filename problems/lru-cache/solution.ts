class LRUNode {
    key: number;
    value: number;
    prev: LRUNode | null = null;
    next: LRUNode | null = null;

    constructor(key: number, value: number) {
        this.key = key;
        this.value = value;
    }
}

class LRUCache {
    // A hand-built doubly linked list with sentinels, most recent at the tail, and a Map key -> node.
    private nodes = new Map<number, LRUNode>();
    private head = new LRUNode(-1, -1);
    private tail = new LRUNode(-1, -1);
    private capacity: number;

    constructor(capacity: number) {
        this.capacity = capacity;
        this.head.next = this.tail;
        this.tail.prev = this.head;
    }

    private unlink(node: LRUNode): void {
        node.prev!.next = node.next;
        node.next!.prev = node.prev;
    }

    private append(node: LRUNode): void {
        const last = this.tail.prev!;
        last.next = node;
        node.prev = last;
        node.next = this.tail;
        this.tail.prev = node;
    }

    get(key: number): number {
        const node = this.nodes.get(key);
        if (node === undefined) return -1;
        this.unlink(node);
        this.append(node);
        return node.value;
    }

    put(key: number, value: number): void {
        const found = this.nodes.get(key);
        if (found !== undefined) {
            found.value = value;
            this.unlink(found);
            this.append(found);
            return;
        }
        const node = new LRUNode(key, value);
        this.nodes.set(key, node);
        this.append(node);
        if (this.nodes.size > this.capacity) {
            const oldest = this.head.next!;
            this.unlink(oldest);
            this.nodes.delete(oldest.key);
        }
    }
}
