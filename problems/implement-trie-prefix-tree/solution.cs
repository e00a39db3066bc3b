public class Trie {
    private sealed class Node {
        public readonly Node[] Children = new Node[26];
        public bool End;
    }

    private readonly Node root = new Node();

    public Trie() {
    }

    public void Insert(string word) {
        Node node = root;
        foreach (char ch in word) {
            int c = ch - 'a';
            if (node.Children[c] == null) node.Children[c] = new Node();
            node = node.Children[c];
        }
        node.End = true;
    }

    // the node s leads to, or null when no inserted word starts with s
    private Node Walk(string s) {
        Node node = root;
        for (int i = 0; i < s.Length && node != null; i++) node = node.Children[s[i] - 'a'];
        return node;
    }

    public bool Search(string word) {
        Node node = Walk(word);
        return node != null && node.End;
    }

    public bool StartsWith(string prefix) {
        return Walk(prefix) != null;
    }
}
