function validPath(n, edges, source, destination) {
    const adj = Array.from({ length: n }, () => []);
    for (const [u, v] of edges) adj[u].push(v); // forgets the reverse direction
    const seen = new Uint8Array(n), queue = [source];
    seen[source] = 1;
    for (let head = 0; head < queue.length; head++) {
        for (const y of adj[queue[head]]) if (!seen[y]) { seen[y] = 1; queue.push(y); }
    }
    return seen[destination] === 1;
}
