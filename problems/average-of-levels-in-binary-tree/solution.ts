function averageOfLevels(root: TreeNode | null): number[] {
    const out: number[] = [];
    let level: TreeNode[] = root ? [root] : [];
    while (level.length > 0) {
        let sum = 0;
        const next: TreeNode[] = [];
        for (const n of level) {
            sum += n.val;
            if (n.left) next.push(n.left);
            if (n.right) next.push(n.right);
        }
        out.push(sum / level.length);
        level = next;
    }
    return out;
}
