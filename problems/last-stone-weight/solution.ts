class MaxHeap {
    private a: number[];
    constructor(items: number[]) {
        this.a = items.slice();
        for (let i = (this.a.length >> 1) - 1; i >= 0; i--) this.down(i);
    }
    get size(): number { return this.a.length; }
    push(v: number): void {
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
    pop(): number {
        const a = this.a, top = a[0], last = a.pop()!;
        if (a.length) { a[0] = last; this.down(0); }
        return top;
    }
    private down(i: number): void {
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

function lastStoneWeight(stones: number[]): number {
    const heap = new MaxHeap(stones);
    while (heap.size > 1) {
        const y = heap.pop(), x = heap.pop();
        if (y !== x) heap.push(y - x);
    }
    return heap.size ? heap.pop() : 0;
}
