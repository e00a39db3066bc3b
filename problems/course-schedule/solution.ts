function canFinish(numCourses: number, prerequisites: number[][]): boolean {
    // Kahn's algorithm: repeatedly take a course with no unmet prerequisite.
    const indegree = new Array<number>(numCourses).fill(0);
    const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
    for (const [course, before] of prerequisites) {
        unlocks[before].push(course);
        indegree[course]++;
    }
    const ready: number[] = [];
    for (let c = 0; c < numCourses; c++) if (indegree[c] === 0) ready.push(c);
    let taken = 0;
    while (ready.length > 0) {
        const c = ready.pop()!;
        taken++;
        for (const next of unlocks[c]) if (--indegree[next] === 0) ready.push(next);
    }
    return taken === numCourses;
}
