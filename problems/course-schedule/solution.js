function canFinish(numCourses, prerequisites) {
    const indeg = Array(numCourses).fill(0), adj = Array.from({ length: numCourses }, () => []);
    for (const [a, b] of prerequisites) { adj[b].push(a); indeg[a]++; }
    const queue = [];
    for (let i = 0; i < numCourses; i++) if (indeg[i] === 0) queue.push(i);
    let done = 0;
    while (queue.length) {
        const c = queue.pop();
        done++;
        for (const d of adj[c]) if (--indeg[d] === 0) queue.push(d);
    }
    return done === numCourses;
}
