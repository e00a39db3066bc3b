function levelOrder(root: TreeNode | null): number[][] {
    const out: number[][] = [];
    let level: TreeNode[] = root === null ? [] : [root];
    while (level.length > 0) {
        out.push(level.map((n) => n.val));
        const next: TreeNode[] = [];
        for (const n of level) {
            if (n.left !== null) next.push(n.left);
            if (n.right !== null) next.push(n.right);
        }
        level = next;
    }
    return out;
}
