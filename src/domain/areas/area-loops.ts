import { issue, type ParseIssue } from '../issues';
import type { Area } from '../model';

/**
 * Loops in an areas catalog: a unit that is its own parent, a parent loop (A under B under A), and a
 * predecessor loop (A formed from B, formed from A). A unit on a parent loop hangs under no province
 * and no sum or drill-down reaches it; a predecessor loop makes a unit older than itself. Each loop
 * is named once, "a → b → a", at the row of its first unit in the file. Linear in units and links:
 * a national catalog is 3,321 communes and their history.
 */
export type AreaPlace = (index: number, field: 'parent' | 'predecessors') => { row: number | null; column: string } | null;

const ARROW = ' → ';

/** Loops named per kind at most: a file of thousands of loops is told by its first ones, and the walk stays linear. */
export const MAX_LOOPS = 50;

/** A graph as its nodes' links packed in one array (node i's are targets[start[i]] … targets[start[i + 1] - 1]). */
interface Links {
  start: Int32Array;
  targets: Int32Array;
}

function linksOf(areas: readonly Area[], index: ReadonlyMap<string, number>, refs: (area: Area) => readonly (string | null)[]): Links {
  const start = new Int32Array(areas.length + 1);
  const targets: number[] = [];
  areas.forEach((area, i) => {
    for (const ref of refs(area)) {
      const to = ref === null ? undefined : index.get(ref);
      if (to !== undefined) targets.push(to);
    }
    start[i + 1] = targets.length;
  });
  return { start, targets: Int32Array.from(targets) };
}

/** The loops of a graph, each as its node indexes, found by one depth-first walk. */
function loopsOf({ start: first, targets }: Links): number[][] {
  const count = first.length - 1;
  const state = new Uint8Array(count); // 0 not seen, 1 on the walk's path, 2 done
  const depth = new Int32Array(count); // a node's place on the path while it is on it
  const path = new Int32Array(count);
  const edge = new Int32Array(count); // the next link to follow of each node on the path
  const loops: number[][] = [];
  for (let root = 0; root < count; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    path[0] = root;
    edge[0] = first[root]!;
    state[root] = 1;
    depth[root] = 0;
    while (top >= 0) {
      const node = path[top]!;
      const at = edge[top]!;
      if (at === first[node + 1]) {
        state[node] = 2;
        top--;
        continue;
      }
      edge[top] = at + 1;
      const to = targets[at]!;
      if (state[to] === 1) {
        if (loops.length < MAX_LOOPS) loops.push(Array.from(path.subarray(depth[to], top + 1)));
      } else if (state[to] === 0) {
        state[to] = 1;
        top++;
        depth[to] = top;
        path[top] = to;
        edge[top] = first[to]!;
      }
    }
  }
  return loops;
}

const MESSAGES = {
  parent: (loop: string) => ({
    vi: `Vòng lặp đơn vị cha: ${loop}. Đơn vị trong vòng không thuộc tỉnh nào, số liệu của nó không được cộng vào đâu. Cách sửa: ghi đúng đơn vị cấp trên ở cột đơn vị cha của một trong các dòng đó.`,
    en: `Parent loop: ${loop}. A unit on it belongs to no province and its figures add up nowhere. Fix: write the true higher unit in the parent column of one of those rows.`,
  }),
  predecessors: (loop: string) => ({
    vi: `Vòng lặp đơn vị tiền thân: ${loop}. Một đơn vị không thể được lập từ chính nó hay từ đơn vị lập sau nó. Cách sửa: bỏ tiền thân sai ở một trong các dòng đó.`,
    en: `Predecessor loop: ${loop}. A unit cannot be formed from itself or from a unit formed after it. Fix: remove the wrong predecessor on one of those rows.`,
  }),
};

/** Every loop of parents and of predecessors, as errors; a loop with no unit placed by `place` (none in the file) is not this file's. */
export function areaLoopIssues(areas: readonly Area[], place: AreaPlace): ParseIssue[] {
  const index = new Map<string, number>();
  areas.forEach((a, i) => index.set(a.id, i));
  const parents = linksOf(areas, index, (a) => [a.parent]);
  const predecessors = linksOf(areas, index, (a) => a.predecessors ?? []);
  const issues: ParseIssue[] = [];
  for (const [field, links] of [['parent', parents], ['predecessors', predecessors]] as const) {
    for (const loop of loopsOf(links)) {
      // Told from the unit placed first, so the loop reads from the row it is reported on.
      const placed = loop.map((node) => ({ node, at: place(node, field) })).filter((p) => p.at !== null);
      const first = placed.reduce<(typeof placed)[number] | undefined>((best, p) => (best === undefined || (p.at!.row ?? 0) < (best.at!.row ?? 0) ? p : best), undefined);
      if (!first) continue;
      const from = loop.indexOf(first.node);
      const ids = [...loop.slice(from), ...loop.slice(0, from), first.node].map((node) => areas[node]!.id);
      const text = ids.join(ARROW);
      issues.push(issue('error', `${field === 'parent' ? 'parent' : 'predecessor'}-loop`, { ...first.at, value: text }, MESSAGES[field](text)));
    }
  }
  return issues;
}
