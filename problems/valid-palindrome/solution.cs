public class Solution {
    public bool IsPalindrome(string s) {
        // Two pointers that skip everything but letters and digits.
        int i = 0, j = s.Length - 1;
        while (i < j) {
            char a = s[i], b = s[j];
            if (!char.IsLetterOrDigit(a)) i++;
            else if (!char.IsLetterOrDigit(b)) j--;
            else if (char.ToLowerInvariant(a) != char.ToLowerInvariant(b)) return false;
            else { i++; j--; }
        }
        return true;
    }
}
