function minimumSemesters(n, relations) {
    const adj = Array.from({ length: n + 1 }, () => []);
    const indeg = new Array(n + 1).fill(0);
    for (const [p, q] of relations) {
        adj[p].push(q);
        indeg[q]++;
    }
    let level = [];
    for (let c = 1; c <= n; c++) if (indeg[c] === 0) level.push(c);
    let taken = 0, semesters = 0;
    while (level.length) {
        semesters++;
        taken += level.length;
        const next = [];
        for (const c of level) for (const d of adj[c]) if (--indeg[d] === 0) next.push(d);
        level = next;
    }
    return taken === n ? semesters : -1;
}
