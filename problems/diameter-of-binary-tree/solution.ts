function diameterOfBinaryTree(root: TreeNode | null): number {
    let best = 0;
    const height = (node: TreeNode | null): number => {
        if (node === null) return 0;
        const left = height(node.left), right = height(node.right);
        best = Math.max(best, left + right);
        return 1 + Math.max(left, right);
    };
    height(root);
    return best;
}
