function validPath(n: number, edges: number[][], source: number, destination: number): boolean {
    const adj: number[][] = Array.from({ length: n }, () => []);
    for (const [u, v] of edges) {
        adj[u].push(v);
        adj[v].push(u);
    }
    const seen = new Uint8Array(n);
    const queue = [source];
    seen[source] = 1;
    for (let head = 0; head < queue.length; head++) {
        const x = queue[head];
        if (x === destination) return true;
        for (const y of adj[x]) {
            if (!seen[y]) {
                seen[y] = 1;
                queue.push(y);
            }
        }
    }
    return false;
}
