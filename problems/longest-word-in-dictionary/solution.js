function longestWord(words) {
    // trie with end-of-word marks; DFS through marked nodes only, children in alphabetical order
    const root = { next: new Array(26).fill(null), word: "" };
    for (const w of words) {
        let node = root;
        for (let i = 0; i < w.length; i++) {
            const k = w.charCodeAt(i) - 97;
            if (!node.next[k]) node.next[k] = { next: new Array(26).fill(null), word: null };
            node = node.next[k];
        }
        node.word = w;
    }
    let best = "";
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node.word.length > best.length || (node.word.length === best.length && node.word < best)) best = node.word;
        for (let k = 25; k >= 0; k--) if (node.next[k] && node.next[k].word !== null) stack.push(node.next[k]);
    }
    return best;
}
