public class Solution {
    public string LongestWord(string[] words) {
        // sorted, every prefix comes before its extensions, and among equal lengths the smallest wins
        string[] sorted = (string[]) words.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        var buildable = new HashSet<string> { "" };
        string best = "";
        foreach (string w in sorted) {
            if (buildable.Contains(w.Substring(0, w.Length - 1))) {
                buildable.Add(w);
                if (w.Length > best.Length) best = w;
            }
        }
        return best;
    }
}
