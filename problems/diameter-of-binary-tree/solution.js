/**
 * @param {TreeNode | null} root
 * @return {number}
 */
function diameterOfBinaryTree(root) {
    let best = 0;
    const height = (node) => {
        if (node === null) return 0;
        const left = height(node.left), right = height(node.right);
        best = Math.max(best, left + right);
        return 1 + Math.max(left, right);
    };
    height(root);
    return best;
}
