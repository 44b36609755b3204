/**
 * Prunes the portal's stylesheet to what the pages use (issue 15): the Utrecht component library ships the CSS of
 * every component (400 kB) and the design tokens define the custom properties of every NL Design System
 * community (200 kB); the portal uses a few components and the tokens they read.
 *
 * - A rule of the component library stays when each of its selectors' `utrecht-` classes belongs to a component
 *   block the portal uses (or a selector has no such class). A selector list stays whole when any of its
 *   selectors stays. At-rules (@media, @supports, @container) keep the rules inside that stay.
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

function selectorKept(selector: string, usedBlocks: Set<string>): boolean {
  const classes = [...selector.matchAll(/\.utrecht-([a-z0-9_-]+)/g)].map((m) => blockOf(m[1]));
  return classes.every((block) => usedBlocks.has(block));
}

function pruneRules(nodes: Node[], usedBlocks: Set<string>): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (node.kind === 'rule') {
      if (node.prelude.split(',').some((s) => selectorKept(s, usedBlocks))) out.push(node);
    } else if (node.children === null) out.push(node);
    else {
      const children = pruneRules(node.children, usedBlocks);
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

function serialise(nodes: Node[], keep: (name: string) => boolean): string {
  return nodes
    .map((node) => {
      if (node.kind === 'at')
        return node.children === null ? node.raw : `${node.prelude} {\n${serialise(node.children, keep)}\n}`;
      const kept = declarations(node.body).filter((d) => {
        const name = DECLARATION.exec(d);
        return !name || d.indexOf(name[1]) !== 0 || keep(name[1]);
      });
      return kept.length > 0 ? `${node.prelude} {\n  ${kept.join(';\n  ')};\n}` : '';
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
 * The stylesheet of the parts in order, pruned: `usedBlocks` are the Utrecht component blocks the portal renders
 * (`button`, `form-field`, …); `roots` is other text (our page sources) whose `var(--…)` uses must stay defined.
 */
export function pruneStylesheet(parts: StylesheetPart[], usedBlocks: Set<string>, roots: string[]): string {
  const trees = parts.map((part) => {
    const nodes = parse(part.css.replace(/\/\*[\s\S]*?\*\//g, ''));
    return part.components ? pruneRules(nodes, usedBlocks) : nodes;
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
