import type { State } from "../sources/model";
import { STATE_COLOR } from "./labels";
import { escapeXml } from "../sources/text";

const TEXT: Record<State, string> = { operational: "operational", degraded: "degraded", partial_outage: "partial outage", major_outage: "major outage", maintenance: "maintenance", unknown: "unknown" };

// Verdana 11px averages ~6.5 px per character; good enough for a badge, no font metrics needed.
const width = (s: string) => Math.round(s.length * 6.5 + 12);

/** A flat "WorkOS | operational" SVG badge for READMEs and dashboards. */
export function badgeSvg(name: string, state: State): string {
  const value = TEXT[state];
  const lw = width(name);
  const rw = width(value);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + rw}" height="20" role="img" aria-label="${escapeXml(name)}: ${value}">
<title>${escapeXml(name)}: ${value}</title>
<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${rw}" height="20" fill="${STATE_COLOR[state]}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${lw / 2}" y="14">${escapeXml(name)}</text><text x="${lw + rw / 2}" y="14">${value}</text>
</g></svg>`;
}
