class Trie {
    // Nodes are objects with 26 child slots and an end-of-word flag.
    constructor() {
        this.root = Trie.node();
    }

    static node() {
        return { children: new Array(26).fill(null), end: false };
    }

    insert(word) {
        let node = this.root;
        for (let i = 0; i < word.length; i++) {
            const c = word.charCodeAt(i) - 97;
            if (node.children[c] === null) node.children[c] = Trie.node();
            node = node.children[c];
        }
        node.end = true;
    }

    walk(s) {
        let node = this.root;
        for (let i = 0; i < s.length && node !== null; i++) node = node.children[s.charCodeAt(i) - 97];
        return node;
    }

    search(word) {
        const node = this.walk(word);
        return node?.end === true;
    }

    startsWith(prefix) {
        return this.walk(prefix) !== null;
    }
}
