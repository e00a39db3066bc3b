type lruNode struct {
	key, value int
	prev, next *lruNode
}

type LRUCache struct {
	capacity   int
	nodes      map[int]*lruNode
	head, tail *lruNode
}

func Constructor(capacity int) LRUCache {
	head, tail := &lruNode{}, &lruNode{}
	head.next, tail.prev = tail, head
	return LRUCache{capacity: capacity, nodes: map[int]*lruNode{}, head: head, tail: tail}
}

func (this *LRUCache) unlink(n *lruNode) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) pushBack(n *lruNode) {
	last := this.tail.prev
	last.next, n.prev, n.next, this.tail.prev = n, last, this.tail, n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(n)
	this.pushBack(n)
	return n.value
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.value = value
		this.unlink(n)
		this.pushBack(n)
		return
	}
	n := &lruNode{key: key, value: value}
	this.nodes[key] = n
	this.pushBack(n)
	if len(this.nodes) > this.capacity {
		oldest := this.head.next
		this.unlink(oldest)
		delete(this.nodes, oldest.key)
	}
}
