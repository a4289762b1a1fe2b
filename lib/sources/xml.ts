import { ParseError } from "./model";
import { decodeEntities } from "./text";

// A small, forgiving XML reader for RSS and Atom: one linear pass with indexOf, CDATA, comments,
// processing instructions, DOCTYPE, entities and prefixed names ("atom:link"). It tolerates stray
// closing tags (unescaped HTML in descriptions) but refuses a document whose root never closes,
// which is what a truncated body looks like.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const localNames = new Map<string, string>();
/** "atom:link" → "link": feeds mix prefixes freely, we match on local names. Memoised: names repeat. */
export function localName(name: string): string {
  let local = localNames.get(name);
  if (local === undefined) {
    local = name.slice(name.indexOf(":") + 1).toLowerCase();
    if (localNames.size < 1000) localNames.set(name, local);
  }
  return local;
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function skipPast(src: string, from: number, marker: string): number {
  const end = src.indexOf(marker, from);
  if (end < 0) throw new ParseError(`truncated XML: unterminated "${src.slice(from - 2, from + 8)}…"`);
  return end + marker.length;
}

function parseTag(inner: string): XmlElement {
  const name = /^[^\s/>]+/.exec(inner)?.[0] ?? "";
  const attrs: Record<string, string> = {};
  if (inner.includes("=")) for (const m of inner.slice(name.length).matchAll(ATTR)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? "");
  return { name, attrs, children: [] };
}

export function parseXml(src: string): XmlElement {
  const doc: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [doc];
  const n = src.length;
  let i = 0;
  const addText = (t: string) => {
    if (stack.length > 1 && /\S/.test(t)) stack[stack.length - 1]!.children.push(t);
  };
  while (i < n) {
    const lt = src.indexOf("<", i);
    if (lt < 0) break;
    if (lt > i) addText(decodeEntities(src.slice(i, lt)));
    if (src.startsWith("<!--", lt)) i = skipPast(src, lt + 4, "-->");
    else if (src.startsWith("<![CDATA[", lt)) {
      const end = skipPast(src, lt + 9, "]]>");
      addText(src.slice(lt + 9, end - 3));
      i = end;
    } else if (src.startsWith("<?", lt)) i = skipPast(src, lt + 2, "?>");
    else if (src.startsWith("<!", lt)) {
      // DOCTYPE, possibly with an internal subset in [...].
      const bracket = src.indexOf("[", lt), close = src.indexOf(">", lt);
      i = bracket >= 0 && bracket < close ? skipPast(src, skipPast(src, bracket, "]"), ">") : skipPast(src, lt + 2, ">");
    } else if (src[lt + 1] === "/") {
      const end = skipPast(src, lt + 2, ">");
      const name = src.slice(lt + 2, end - 1).trim();
      // Close the nearest open element of that name; a closing tag matching nothing is ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === name) {
          stack.length = k;
          break;
        }
      }
      i = end;
    } else {
      let j = lt + 1, quote = "";
      for (; j < n; j++) {
        const c = src[j];
        if (quote) { if (c === quote) quote = ""; } else if (c === '"' || c === "'") quote = c; else if (c === ">") break;
      }
      if (j >= n) throw new ParseError("truncated XML: a tag is cut off at the end of the body");
      const raw = src.slice(lt + 1, j);
      const selfClosing = raw.endsWith("/");
      const el = parseTag(selfClosing ? raw.slice(0, -1) : raw);
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) stack.push(el);
      // Feeds nest a handful of levels; thousands is garbage, and would overflow textOf's recursion.
      if (stack.length > 500) throw new ParseError("not a feed: XML nested more than 500 levels deep");
      i = j + 1;
    }
  }
  const root = doc.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new ParseError("not XML: no root element");
  if (stack.includes(root)) throw new ParseError(`truncated XML: <${root.name}> is never closed`);
  return root;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && localName(c.name) === name);
}

export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(el, name)[0];
}

/** All text inside an element; nested (unescaped HTML) block elements become line breaks. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return "";
  let out = "";
  for (const c of el.children) {
    if (typeof c === "string") out += c;
    else {
      const block = /^(p|br|div|li|h[1-6])$/.test(localName(c.name));
      out += (block ? "\n" : "") + textOf(c) + (block ? "\n" : "");
    }
  }
  return out.trim();
}
