function isValidBST(root: TreeNode | null): boolean {
    const within = (node: TreeNode | null, lo: number, hi: number): boolean => {
        if (node === null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return within(node.left, lo, node.val) && within(node.right, node.val, hi);
    };
    return within(root, -Infinity, Infinity);
}
