function isPalindrome(s) {
    const ok = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const low = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
    let i = 0, j = s.length - 1;
    while (i < j) {
        const a = s.charCodeAt(i), b = s.charCodeAt(j);
        if (!ok(a)) i++;
        else if (!ok(b)) j--;
        else if (low(a) !== low(b)) return false;
        else { i++; j--; }
    }
    return true;
}
