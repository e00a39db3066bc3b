public class LRUCache {
    private sealed class Node {
        public readonly int Key;
        public int Value;
        public Node Prev, Next;

        public Node(int key, int value) {
            Key = key;
            Value = value;
        }
    }

    // a hash map to the nodes of a doubly linked list ordered from least to most recently used
    private readonly int capacity;
    private readonly Dictionary<int, Node> nodes = new Dictionary<int, Node>();
    private readonly Node head = new Node(-1, -1), tail = new Node(-1, -1);

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.Next = tail;
        tail.Prev = head;
    }

    private void Unlink(Node node) {
        node.Prev.Next = node.Next;
        node.Next.Prev = node.Prev;
    }

    private void Append(Node node) {
        Node last = tail.Prev;
        last.Next = node;
        node.Prev = last;
        node.Next = tail;
        tail.Prev = node;
    }

    public int Get(int key) {
        Node node;
        if (!nodes.TryGetValue(key, out node)) return -1;
        Unlink(node);
        Append(node);
        return node.Value;
    }

    public void Put(int key, int value) {
        Node node;
        if (nodes.TryGetValue(key, out node)) {
            node.Value = value;
            Unlink(node);
            Append(node);
            return;
        }
        node = new Node(key, value);
        nodes[key] = node;
        Append(node);
        if (nodes.Count > capacity) {
            Node oldest = head.Next;
            Unlink(oldest);
            nodes.Remove(oldest.Key);
        }
    }
}
