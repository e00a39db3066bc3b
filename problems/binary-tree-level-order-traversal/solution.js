/**
 * @param {TreeNode | null} root
 * @return {number[][]}
 */
function levelOrder(root) {
    const out = [];
    let level = root === null ? [] : [root];
    while (level.length > 0) {
        out.push(level.map((n) => n.val));
        const next = [];
        for (const n of level) {
            if (n.left !== null) next.push(n.left);
            if (n.right !== null) next.push(n.right);
        }
        level = next;
    }
    return out;
}
