// Sets the end-of-word flag inside the insert loop, on every node of the path: every prefix of an
// inserted word then counts as a word for search.
class Trie {
    private static final class Node {
        final Node[] children = new Node[26];
        boolean end;
    }

    private final Node root = new Node();

    public Trie() {
    }

    public void insert(String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 'a';
            if (node.children[c] == null) node.children[c] = new Node();
            node = node.children[c];
            node.end = true;
        }
    }

    private Node walk(String s) {
        Node node = root;
        for (int i = 0; i < s.length() && node != null; i++) node = node.children[s.charAt(i) - 'a'];
        return node;
    }

    public boolean search(String word) {
        Node node = walk(word);
        return node != null && node.end;
    }

    public boolean startsWith(String prefix) {
        return walk(prefix) != null;
    }
}
