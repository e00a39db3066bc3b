class TrieNode {
    children = new Map<string, TrieNode>();
    end = false;
}

class Trie {
    private root = new TrieNode();

    insert(word: string): void {
        let node = this.root;
        for (const ch of word) {
            let next = node.children.get(ch);
            if (next === undefined) {
                next = new TrieNode();
                node.children.set(ch, next);
            }
            node = next;
        }
        node.end = true;
    }

    private walk(s: string): TrieNode | undefined {
        let node: TrieNode | undefined = this.root;
        for (const ch of s) {
            node = node.children.get(ch);
            if (node === undefined) return undefined;
        }
        return node;
    }

    search(word: string): boolean {
        return this.walk(word)?.end === true;
    }

    startsWith(prefix: string): boolean {
        return this.walk(prefix) !== undefined;
    }
}
