public class Solution {
    public IList<IList<string>> GroupAnagrams(string[] strs) {
        // anagrams share their sorted letters
        var groups = new Dictionary<string, List<string>>();
        foreach (string s in strs) {
            char[] chars = s.ToCharArray();
            Array.Sort(chars);
            string key = new string(chars);
            List<string> group;
            if (!groups.TryGetValue(key, out group)) groups[key] = group = new List<string>();
            group.Add(s);
        }
        var result = new List<IList<string>>();
        foreach (List<string> group in groups.Values) result.Add(group);
        return result;
    }
}
