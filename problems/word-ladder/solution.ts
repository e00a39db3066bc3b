function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
    const unused = new Set(wordList);
    if (!unused.has(endWord)) return 0;
    unused.delete(beginWord);
    // bidirectional BFS: always expand the smaller frontier
    let front = new Set([beginWord]), back = new Set([endWord]);
    unused.delete(endWord);
    let steps = 1;
    while (front.size && back.size) {
        if (front.size > back.size) [front, back] = [back, front];
        steps++;
        const next = new Set<string>();
        for (const w of front) {
            for (let i = 0; i < w.length; i++) {
                const prefix = w.slice(0, i), suffix = w.slice(i + 1);
                for (let c = 97; c <= 122; c++) {
                    const v = prefix + String.fromCharCode(c) + suffix;
                    if (back.has(v)) return steps;
                    if (unused.has(v)) {
                        unused.delete(v);
                        next.add(v);
                    }
                }
            }
        }
        front = next;
    }
    return 0;
}
