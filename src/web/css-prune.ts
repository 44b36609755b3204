/**
 * Prunes the portal's stylesheet to what the pages use (issue 15): the Utrecht component library ships the CSS of
 * every component (400 kB) and the design tokens define the custom properties of every NL Design System
 * community (200 kB); the portal uses a few components and the tokens they read.
 *
 * - A selector of the component library stays when each of its `utrecht-` classes belongs to a component block
 *   the portal uses and names only elements and modifiers the portal's markup can write (or it has no such
 *   class); a rule stays with the selectors of its list that stay. At-rules (@media, @supports, @container)
 *   keep the rules inside that stay.
 * - A custom property declaration (`--name: value`) stays when something that stays reads it with `var(--name)`,
 *   directly or through other tokens (followed to a fixed point). Other declarations always stay.
 */

type Node =
  | { kind: 'rule'; prelude: string; body: string }
  | { kind: 'at'; prelude: string; children: Node[] | null; raw: string };

/** Splits CSS (comments removed) into top-level rules and at-rules, recursing into at-rules that hold rules. */
function parse(css: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open === -1 && semi === -1) break;
    if (semi !== -1 && (open === -1 || semi < open)) {
      // A statement at-rule (@charset, @import): kept as written.
      const raw = css.slice(i, semi + 1).trim();
      if (raw) nodes.push({ kind: 'at', prelude: raw, children: null, raw });
      i = semi + 1;
      continue;
    }
    const prelude = css.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
      j += 1;
    }
    const body = css.slice(open + 1, j - 1);
    if (prelude.startsWith('@')) {
      const nests = /^@(media|supports|container|layer)\b/.test(prelude);
      nodes.push({ kind: 'at', prelude, children: nests ? parse(body) : null, raw: css.slice(i, j).trim() });
    } else nodes.push({ kind: 'rule', prelude, body });
    i = j;
  }
  return nodes;
}

const blockOf = (cls: string): string => cls.replace(/(__|--).*$/, '');

/**
 * What the portal's markup can write of the component library: the blocks (`button`), and the element and
 * modifier names (`cell`, `primary-action`) that follow a block, e.g. `utrecht-table__cell--numeric`. Blocks in
 * `anyPart` take every element and modifier (their markup composes the name at run time).
 */
export type UsedClasses = {
  blocks: Set<string>;
  parts?: Set<string>;
  anyPart?: Set<string>;
  /** Modifiers of a block the components could write but the portal never asks for (`button--danger`). */
  unused?: Set<string>;
};

const partsOf = (cls: string): string[] =>
  cls
    .slice(blockOf(cls).length)
    .split(/__|--/)
    .filter((part) => part.length > 0);

function selectorKept(selector: string, used: UsedClasses): boolean {
  return [...selector.matchAll(/\.utrecht-([a-z0-9_-]+)/g)].every((m) => {
    const block = blockOf(m[1]);
    if (!used.blocks.has(block)) return false;
    if (used.unused && m[1].split('--').some((mod, i) => i > 0 && used.unused!.has(`${block}--${mod}`)))
      return false;
    if (!used.parts || used.anyPart?.has(block)) return true;
    return partsOf(m[1]).every((part) => used.parts!.has(part));
  });
}

/** The selectors of a selector list (commas inside parentheses, as in `:is(a, b)`, do not split). */
function selectorsOf(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < prelude.length; k += 1) {
    const c = prelude[k];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(prelude.slice(start, k).trim());
      start = k + 1;
    }
  }
  out.push(prelude.slice(start).trim());
  return out;
}

function pruneRules(nodes: Node[], used: UsedClasses): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (node.kind === 'rule') {
      const kept = selectorsOf(node.prelude).filter((s) => selectorKept(s, used));
      if (kept.length > 0) out.push({ ...node, prelude: kept.join(',') });
    } else if (node.children === null) out.push(node);
    else {
      const children = pruneRules(node.children, used);
      if (children.length > 0) out.push({ ...node, children });
    }
  }
  return out;
}

const VAR_USE = /var\(\s*(--[A-Za-z0-9_-]+)/g;
const DECLARATION = /(--[A-Za-z0-9_-]+)\s*:/;

/** Splits a declaration block on the semicolons between declarations (not inside parentheses or strings). */
function declarations(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < body.length; k += 1) {
    const c = body[k];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ';' && depth === 0) {
      parts.push(body.slice(start, k));
      start = k + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A declaration without the line breaks and indentation of the source (a value spread over lines). */
const compact = (declaration: string): string =>
  declaration.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');

function serialise(nodes: Node[], keep: (name: string) => boolean): string {
  return nodes
    .map((node) => {
      if (node.kind === 'at')
        return node.children === null ? node.raw : `${node.prelude}{${serialise(node.children, keep)}}`;
      const kept = declarations(node.body).filter((d) => {
        const name = DECLARATION.exec(d);
        return !name || d.indexOf(name[1]) !== 0 || keep(name[1]);
      });
      return kept.length > 0 ? `${node.prelude}{${kept.map(compact).join(';')}}` : '';
    })
    .filter((text) => text.length > 0)
    .join('\n');
}

function eachRule(nodes: Node[], visit: (rule: { prelude: string; body: string }) => void): void {
  for (const node of nodes) {
    if (node.kind === 'rule') visit(node);
    else if (node.children) eachRule(node.children, visit);
    else visit({ prelude: node.prelude, body: node.raw });
  }
}

export type StylesheetPart = { css: string; components?: boolean };

/**
 * The stylesheet of the parts in order, pruned: `usedClasses` are the Utrecht component blocks the portal renders
 * (`button`, `form-field`, …; `usedClasses`), with the element and modifier names its markup can write (all when not given); `roots` is other text (our page sources) whose `var(--…)` uses must stay defined.
 */
export function pruneStylesheet(
  parts: StylesheetPart[],
  usedClasses: Set<string> | UsedClasses,
  roots: string[],
): string {
  const classes = usedClasses instanceof Set ? { blocks: usedClasses } : usedClasses;
  const trees = parts.map((part) => {
    const nodes = parse(part.css.replace(/\/\*[\s\S]*?\*\//g, ''));
    return part.components ? pruneRules(nodes, classes) : nodes;
  });
  // Values of custom properties by name (a name may be declared more than once: every value counts).
  const values = new Map<string, string[]>();
  const used = new Set<string>();
  const queue: string[] = [];
  const use = (text: string) => {
    for (const m of text.matchAll(VAR_USE))
      if (!used.has(m[1])) {
        used.add(m[1]);
        queue.push(m[1]);
      }
  };
  for (const tree of trees)
    eachRule(tree, (rule) => {
      for (const d of declarations(rule.body)) {
        const name = DECLARATION.exec(d);
        if (name && d.indexOf(name[1]) === 0) {
          const list = values.get(name[1]) ?? [];
          list.push(d.slice(name[0].length));
          values.set(name[1], list);
        } else use(d);
      }
    });
  for (const text of roots) use(text);
  while (queue.length > 0) for (const value of values.get(queue.pop()!) ?? []) use(value);
  return trees.map((tree) => serialise(tree, (name) => used.has(name))).join('\n');
}
