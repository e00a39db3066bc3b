// Filters to letters and digits but forgets to lowercase: "Aa" is judged not a palindrome.
function isPalindrome(s) {
    const clean = s.replace(/[^A-Za-z0-9]/g, "");
    return clean === clean.split("").reverse().join("");
}
