function countComponents(n: number, edges: number[][]): number {
    const adj: number[][] = Array.from({ length: n }, () => []);
    for (const [a, b] of edges) {
        adj[a].push(b);
        adj[b].push(a);
    }
    const seen = new Uint8Array(n);
    let count = 0;
    for (let s = 0; s < n; s++) {
        if (seen[s]) continue;
        count++;
        seen[s] = 1;
        const stack = [s];
        while (stack.length) {
            const x = stack.pop()!;
            for (const y of adj[x]) {
                if (!seen[y]) {
                    seen[y] = 1;
                    stack.push(y);
                }
            }
        }
    }
    return count;
}
