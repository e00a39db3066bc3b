/**
 * @param {TreeNode | null} root
 * @param {number} k
 * @return {number}
 */
function kthSmallest(root, k) {
    const stack = [];
    let node = root;
    for (;;) {
        while (node !== null) {
            stack.push(node);
            node = node.left;
        }
        node = stack.pop();
        if (--k === 0) return node.val;
        node = node.right;
    }
}
