/**
 * @param {TreeNode | null} root
 * @return {boolean}
 */
function isValidBST(root) {
    const within = (node, lo, hi) => {
        if (node === null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return within(node.left, lo, node.val) && within(node.right, node.val, hi);
    };
    return within(root, -Infinity, Infinity);
}
