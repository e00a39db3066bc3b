function minimumEffortPath(heights: number[][]): number {
    const rows = heights.length, cols = heights[0].length;
    const best: number[] = new Array(rows * cols).fill(Infinity);
    // binary min-heap of [effort, cell index]
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
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    best[0] = 0;
    push([0, 0]);
    while (heap.length) {
        const [effort, cell] = pop();
        if (effort > best[cell]) continue;
        const r = Math.floor(cell / cols), c = cell % cols;
        if (r === rows - 1 && c === cols - 1) return effort;
        for (const [dr, dc] of dirs) {
            const nr = r + dr, nc = c + dc;
            if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
            const e = Math.max(effort, Math.abs(heights[nr][nc] - heights[r][c]));
            if (e < best[nr * cols + nc]) {
                best[nr * cols + nc] = e;
                push([e, nr * cols + nc]);
            }
        }
    }
    return 0;
}
