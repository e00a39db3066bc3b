class MaxHeap {
    constructor(items) {
        this.a = items.slice();
        for (let i = (this.a.length >> 1) - 1; i >= 0; i--) this.down(i);
    }
    get size() { return this.a.length; }
    push(v) {
        const a = this.a;
        a.push(v);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (a[p] >= a[i]) break;
            [a[p], a[i]] = [a[i], a[p]];
            i = p;
        }
    }
    pop() {
        const a = this.a, top = a[0], last = a.pop();
        if (a.length) { a[0] = last; this.down(0); }
        return top;
    }
    down(i) {
        const a = this.a, n = a.length;
        for (;;) {
            const l = 2 * i + 1, r = l + 1;
            let m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m === i) return;
            [a[m], a[i]] = [a[i], a[m]];
            i = m;
        }
    }
}

function lastStoneWeight(stones) {
    const heap = new MaxHeap(stones);
    while (heap.size > 1) {
        const y = heap.pop(), x = heap.pop();
        if (y !== x) heap.push(y - x);
    }
    return heap.size ? heap.pop() : 0;
}
