# Keeps only letters (isalpha), forgetting that digits count too: "0P" becomes "p", a palindrome.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        clean = [c.lower() for c in s if c.isalpha()]
        return clean == clean[::-1]
