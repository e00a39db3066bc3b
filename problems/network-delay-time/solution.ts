function networkDelayTime(times: number[][], n: number, k: number): number {
    const adj: [number, number][][] = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push([v, w]);
    const dist: number[] = new Array(n + 1).fill(Infinity);
    // binary min-heap of [distance, node]
    const heap: [number, number][] = [];
    const push = (item: [number, number]) => {
        heap.push(item);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p][0] <= heap[i][0]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = (): [number, number] => {
        const top = heap[0], end = heap.pop()!;
        if (heap.length) {
            heap[0] = end;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let s = i;
                if (l < heap.length && heap[l][0] < heap[s][0]) s = l;
                if (r < heap.length && heap[r][0] < heap[s][0]) s = r;
                if (s === i) break;
                [heap[s], heap[i]] = [heap[i], heap[s]];
                i = s;
            }
        }
        return top;
    };
    dist[k] = 0;
    push([0, k]);
    while (heap.length) {
        const [d, u] = pop();
        if (d > dist[u]) continue;
        for (const [v, w] of adj[u]) {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                push([d + w, v]);
            }
        }
    }
    let best = 0;
    for (let v = 1; v <= n; v++) best = Math.max(best, dist[v]);
    return best === Infinity ? -1 : best;
}
