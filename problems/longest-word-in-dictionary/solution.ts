interface TrieNode {
    next: (TrieNode | null)[];
    word: string | null;
}

function longestWord(words: string[]): string {
    const root: TrieNode = { next: new Array(26).fill(null), word: "" };
    for (const w of words) {
        let node = root;
        for (let i = 0; i < w.length; i++) {
            const k = w.charCodeAt(i) - 97;
            if (!node.next[k]) node.next[k] = { next: new Array(26).fill(null), word: null };
            node = node.next[k]!;
        }
        node.word = w;
    }
    let best = "";
    const dfs = (node: TrieNode): void => {
        if (node.word!.length > best.length) best = node.word!; // alphabetical order: first of a length wins
        for (const child of node.next) if (child && child.word !== null) dfs(child);
    };
    dfs(root);
    return best;
}
