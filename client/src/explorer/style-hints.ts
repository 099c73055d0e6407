/**
 * Cytoscape's style hints with their group hashes shared. After each style change Cytoscape
 * (3.35, `updateStyleHints` in style/apply.mjs) gives every element, for each of its 21
 * property groups (label, node body, edge line, …), a new two-number array holding that
 * group's hash, and keeps them on the element (`_private.styleKeys`): profiled at 100,000
 * elements (CDP sampling heap profiler), 150 MB of a 294 MB live heap after "Draw all", and
 * every restyle replaces all 21 arrays, so as many again become garbage. Most elements
 * share most group hashes (every edge has the same arrow and label groups), so this version
 * computes the same hashes and keeps one frozen array per distinct pair, shared by every
 * element that has it. Only `updateStyleHints` wrote into those arrays; the texture caches
 * read the combined keys it sets. Not here: any other part of the style; a core whose
 * Cytoscape is not the version this was written against keeps its own.
 */
import cytoscape, { type Core } from 'cytoscape';

/** The Cytoscape version whose `updateStyleHints` this reproduces. */
const WRITTEN_FOR = '3.35.';

const SEED = 9261;
const SEED_ALT = 5381;
const K = 65599;
const hashInt = (num: number, seed: number) => (seed * K + num) | 0;
const hashIntAlt = (num: number, seed: number) => ((seed << 5) + seed + num) | 0;
/** Cytoscape's `!= null`, which the lint rules spell out. */
const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;
const combine = (pair: readonly number[]) => pair[0]! * 0x200000 + pair[1]!;
const hashPairs = (a: readonly number[], b: readonly number[]) => [
  hashInt(a[0]!, b[0]!),
  hashIntAlt(a[1]!, b[1]!),
];

interface ParsedProp {
  pfValue?: number | null;
  value?: unknown;
  units?: string | null;
  strValue: string;
}

interface PropInfo {
  type: { number?: boolean; multiple?: boolean };
  groupKey: string;
  enums?: unknown;
  hashOverride?: (ele: unknown, prop: ParsedProp) => number | null | undefined;
}

interface StylePrivate {
  group: 'nodes' | 'edges';
  style: Record<string, ParsedProp | null | undefined>;
  styleKeys: Record<string, readonly number[]>;
  styleKey?: number | null;
  [key: string]: unknown;
}

interface StyleInternals {
  properties: Record<string, PropInfo>;
  propertyGroupKeys: string[];
  getPropertiesHash(ele: unknown, names: string[], seed: readonly number[]): number[];
  updateStyleHints(ele: { _private: StylePrivate; removed(): boolean }): boolean;
}

/** Distinct pairs kept before the table starts again (arrays already given stay valid). */
const PAIRS_MAX = 1 << 18;

/**
 * One frozen pair per distinct value, so that elements with the same hash share it. Keyed by
 * the first hash alone (no string or nested map per lookup); pairs whose first hashes collide
 * share a list.
 */
function createPairs(): (h0: number, h1: number) => readonly number[] {
  let pairs = new Map<number, readonly number[] | (readonly number[])[]>();
  return (h0, h1) => {
    const found = pairs.get(h0);
    if (found !== undefined) {
      if (typeof found[0] === 'number') {
        if ((found as readonly number[])[1] === h1) return found as readonly number[];
      } else {
        for (const pair of found as (readonly number[])[]) if (pair[1] === h1) return pair;
      }
    }
    if (pairs.size >= PAIRS_MAX) pairs = new Map();
    const pair = Object.freeze([h0, h1]);
    if (found === undefined || !pairs.has(h0)) pairs.set(h0, pair);
    else if (typeof found[0] === 'number') pairs.set(h0, [found as readonly number[], pair]);
    else (found as (readonly number[])[]).push(pair);
    return pair;
  };
}

/**
 * Gives `cy`'s style the shared-hash `updateStyleHints`. Returns false (and changes nothing)
 * where Cytoscape is not the version this was written against or lacks what it reads.
 */
export function shareStyleHints(
  cy: Core,
  version = (cytoscape as unknown as { version?: string }).version,
): boolean {
  if (!version?.startsWith(WRITTEN_FOR)) return false;
  const style = (cy as unknown as { style(): StyleInternals | undefined }).style();
  if (
    !style ||
    typeof style.updateStyleHints !== 'function' ||
    typeof style.getPropertiesHash !== 'function' ||
    !Array.isArray(style.propertyGroupKeys) ||
    !style.properties
  )
    return false;
  const groups = style.propertyGroupKeys;
  const index = new Map(groups.map((key, i) => [key, i]));
  const pair = createPairs();
  // Every element's keys object has the same 21 properties: cloned from this one, it is made
  // with them in place instead of growing a property at a time.
  const [first, last] = [groups[0]!, groups[groups.length - 1]!];
  const template = Object.fromEntries(groups.map((key) => [key, [SEED, SEED_ALT]]));
  // The groups' hashes while one element is hashed (two int32 a group).
  const scratch = new Int32Array(groups.length * 2);
  const N = 2e9;
  const cleanNum = (val: number) =>
    -128 < val && val < 128 && Math.floor(val) !== val ? N - ((val * 1024) | 0) : val;
  const addNum = (g: number, val: number) => {
    scratch[2 * g] = hashInt(val, scratch[2 * g]!);
    scratch[2 * g + 1] = hashIntAlt(val, scratch[2 * g + 1]!);
  };
  const addStr = (g: number, str: string) => {
    for (let j = 0; j < str.length; j++) addNum(g, str.charCodeAt(j));
  };
  style.updateStyleHints = (ele) => {
    const p = ele._private;
    const old = p.styleKey;
    if (ele.removed()) return false;
    const isNode = p.group === 'nodes';
    for (let g = 0; g < groups.length; g++) {
      scratch[2 * g] = SEED;
      scratch[2 * g + 1] = SEED_ALT;
    }
    const overridden = p.style;
    for (const name of Object.keys(overridden)) {
      const parsed = overridden[name];
      if (!given(parsed)) continue;
      const info = style.properties[name]!;
      const g = index.get(info.groupKey)!;
      let normalized: number | null | undefined;
      if (given(info.hashOverride)) normalized = info.hashOverride(ele, parsed);
      else if (given(parsed.pfValue)) normalized = parsed.pfValue;
      const value = !given(info.enums) ? parsed.value : null;
      const haveNorm = given(normalized);
      const haveNum = haveNorm || given(value);
      if (info.type.number && haveNum && !info.type.multiple) {
        addNum(g, cleanNum((haveNorm ? normalized : value) as number));
        if (!haveNorm && given(parsed.units)) addStr(g, parsed.units);
      } else addStr(g, parsed.strValue);
    }
    let h0 = SEED;
    let h1 = SEED_ALT;
    // Kept when it has the groups already (all are set at once; `clearStyleHints` empties it).
    const kept = p.styleKeys;
    const keys: Record<string, readonly number[]> =
      kept && kept[first] !== undefined && kept[last] !== undefined ? kept : { ...template };
    for (let g = 0; g < groups.length; g++) {
      keys[groups[g]!] = pair(scratch[2 * g]!, scratch[2 * g + 1]!);
      h0 = hashInt(scratch[2 * g]!, h0);
      h1 = hashIntAlt(scratch[2 * g + 1]!, h1);
    }
    p.styleKeys = keys;
    p.styleKey = h0 * 0x200000 + h1;
    p.labelDimsKey = combine(keys.labelDimensions!);
    const labelKeys = style.getPropertiesHash(ele, ['label'], keys.labelDimensions!);
    p.labelKey = combine(labelKeys);
    p.labelStyleKey = combine(hashPairs(keys.commonLabel!, labelKeys));
    if (!isNode) {
      const source = style.getPropertiesHash(ele, ['source-label'], keys.labelDimensions!);
      p.sourceLabelKey = combine(source);
      p.sourceLabelStyleKey = combine(hashPairs(keys.commonLabel!, source));
      const target = style.getPropertiesHash(ele, ['target-label'], keys.labelDimensions!);
      p.targetLabelKey = combine(target);
      p.targetLabelStyleKey = combine(hashPairs(keys.commonLabel!, target));
    } else {
      let node = [SEED, SEED_ALT];
      for (const name of NODE_GROUPS) {
        const k = keys[name];
        if (given(k)) node = hashPairs(node, k);
      }
      p.nodeKey = combine(node);
      const pie = keys.pie;
      const stripe = keys.stripe;
      p.hasPie = given(pie) && pie[0] !== SEED && pie[1] !== SEED_ALT;
      p.hasStripe = given(stripe) && stripe[0] !== SEED && stripe[1] !== SEED_ALT;
    }
    return old !== p.styleKey;
  };
  return true;
}

/** The groups hashed into a node's body key, in Cytoscape's order. */
const NODE_GROUPS = [
  'nodeBody',
  'nodeBorder',
  'nodeOutline',
  'backgroundImage',
  'compound',
  'pie',
  'stripe',
];
