// Entity decoding and HTML-to-text for feed bodies, Slack notes and Okta's embedded JSON.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", copy: "©", reg: "®", trade: "™", bull: "•", middot: "·",
};

/** XML's five entities, decimal and hex references, and a few common HTML names; unknown ones stay. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const lower = ref.toLowerCase();
    return Object.hasOwn(NAMED, lower) ? NAMED[lower]! : whole;
  });
}

/** Readable text from an HTML fragment: block ends become newlines, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  if (!html) return "";
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Strips a byte-order mark and the NULs left when UTF-16 text was decoded as a single-byte charset. */
export function stripBom(body: string): string {
  let s = body;
  if (s.includes("\u0000")) s = s.replace(/\u0000/g, "");
  return s.replace(/^(\uFEFF|\u00FF\u00FE|\u00FE\u00FF|\u00EF\u00BB\u00BF)/, "");
}

/** Escapes text for XML and HTML (element content and quoted attributes): feeds, badges, stand-in pages. */
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
