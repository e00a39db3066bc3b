/**
 * @param {TreeNode | null} root
 * @return {number}
 */
function maxDepth(root) {
    // level by level: no recursion, so a deep chain cannot overflow the stack
    let depth = 0;
    let level = root === null ? [] : [root];
    while (level.length > 0) {
        depth++;
        const next = [];
        for (const n of level) {
            if (n.left !== null) next.push(n.left);
            if (n.right !== null) next.push(n.right);
        }
        level = next;
    }
    return depth;
}
