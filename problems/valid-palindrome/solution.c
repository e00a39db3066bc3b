#include <ctype.h>

bool isPalindrome(char* s) {
    long i = 0, j = (long)strlen(s) - 1;
    while (i < j) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)s[j];
        if (!isalnum(a)) i++;
        else if (!isalnum(b)) j--;
        else if (tolower(a) != tolower(b)) return false;
        else { i++; j--; }
    }
    return true;
}
