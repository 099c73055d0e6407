/**
 * A minimal union-find (disjoint sets) over integer ids, used by entity resolution to merge
 * mentions transitively. Nothing domain-specific lives here.
 */
export class UnionFind {
  private readonly parent: number[] = [];

  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = x;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
    });
    return [...byRoot.values()];
  }
}
