function longestWord(words) {
    const set = new Set(words);
    let best = "";
    for (const w of words) {
        let ok = true;
        for (let k = 1; k < w.length && ok; k++) ok = set.has(w.slice(0, k));
        if (ok && w.length > best.length) best = w; // ties keep the first word in input order
    }
    return best;
}
