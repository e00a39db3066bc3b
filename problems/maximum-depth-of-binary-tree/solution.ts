function maxDepth(root: TreeNode | null): number {
    let depth = 0;
    let level: TreeNode[] = root === null ? [] : [root];
    while (level.length > 0) {
        depth++;
        const next: TreeNode[] = [];
        for (const n of level) {
            if (n.left !== null) next.push(n.left);
            if (n.right !== null) next.push(n.right);
        }
        level = next;
    }
    return depth;
}
