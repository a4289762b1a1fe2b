import { parseLooseDate } from "./dates";
import { ParseError } from "./model";
import { htmlToText } from "./text";
import { childNamed, childrenNamed, localName, parseXml, textOf, type XmlElement } from "./xml";

// RSS 2.0, RSS 1.0 (RDF) and Atom reduced to one entry shape, so folding and lifecycle rules
// are written once.

export interface FeedEntry {
  /** guid / id, else link, else title: what entries of one incident share. */
  key: string;
  title: string;
  link: string | null;
  /** Atom <updated> over <published>; RSS <pubDate>, else dc:date. */
  at: Date | null;
  /** The body as readable text (HTML stripped). */
  text: string;
  categories: string[];
}

export interface FeedDocument {
  title: string;
  updatedAt: Date | null;
  entries: FeedEntry[];
}

const first = (el: XmlElement | undefined, ...names: string[]) => {
  for (const n of names) {
    const t = textOf(childNamed(el, n));
    if (t) return t;
  }
  return "";
};

function atomLink(el: XmlElement): string | null {
  const links = childrenNamed(el, "link").filter((l) => l.attrs.href);
  const alt = links.find((l) => !l.attrs.rel || l.attrs.rel === "alternate") ?? links[0];
  return alt?.attrs.href ?? null;
}

function entry(title: string, id: string, link: string | null, at: string, body: string, categories: string[]): FeedEntry {
  return { key: id || link || title, title, link, at: parseLooseDate(at), text: htmlToText(body), categories };
}

function rssItem(item: XmlElement): FeedEntry {
  const title = first(item, "title");
  // RSS <link> is text; some feeds only carry an atom:link with href.
  const link = first(item, "link") || atomLink(item);
  const cats = childrenNamed(item, "category").map((c) => textOf(c)).filter(Boolean);
  return entry(title, first(item, "guid"), link, first(item, "pubdate", "date", "updated"), first(item, "encoded", "description"), cats);
}

function atomEntry(e: XmlElement): FeedEntry {
  const cats = childrenNamed(e, "category").map((c) => c.attrs.term ?? c.attrs.label ?? textOf(c)).filter(Boolean);
  return entry(first(e, "title"), first(e, "id"), atomLink(e), first(e, "updated", "published"), first(e, "content", "summary"), cats);
}

export function readFeed(body: string): FeedDocument {
  const head = body.trimStart().slice(0, 512).toLowerCase();
  if (!head.startsWith("<")) throw new ParseError("not an RSS or Atom feed: the body is not XML");
  if (head.includes("<html")) throw new ParseError("got an HTML page where a feed was expected");
  const root = parseXml(body);
  const kind = localName(root.name);
  if (kind === "feed") {
    return { title: first(root, "title"), updatedAt: parseLooseDate(first(root, "updated")), entries: childrenNamed(root, "entry").map(atomEntry) };
  }
  if (kind === "rss" || kind === "rdf") {
    const channel = childNamed(root, "channel");
    // RSS 1.0 puts items next to the channel, RSS 2.0 inside it.
    const items = kind === "rdf" ? childrenNamed(root, "item") : childrenNamed(channel, "item");
    return { title: first(channel, "title"), updatedAt: parseLooseDate(first(channel, "lastbuilddate", "pubdate", "date")), entries: items.map(rssItem) };
  }
  throw new ParseError(`not an RSS or Atom feed: root element <${root.name}>`);
}
