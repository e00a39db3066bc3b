function ladderLength(beginWord, endWord, wordList) {
    const unused = new Set(wordList);
    if (!unused.has(endWord)) return 0;
    unused.delete(beginWord);
    let level = [beginWord], steps = 1;
    while (level.length) {
        steps++;
        const next = [];
        for (const w of level) {
            for (let i = 0; i < w.length; i++) {
                const prefix = w.slice(0, i), suffix = w.slice(i + 1);
                for (let c = 97; c <= 122; c++) {
                    const v = prefix + String.fromCharCode(c) + suffix;
                    if (!unused.has(v)) continue;
                    if (v === endWord) return steps;
                    unused.delete(v);
                    next.push(v);
                }
            }
        }
        level = next;
    }
    return 0;
}
