import { gzipSync } from "node:zlib";

/**
 * The JavaScript a modern browser loads with a page, gzipped: external scripts (fetched) plus
 * inline ones. noModule scripts are legacy polyfills modern browsers skip, and JSON-LD is data,
 * so neither is counted.
 */
export async function firstLoadJs(pageUrl: string): Promise<{ bytes: number; files: number; inline: number }> {
  const html = await (await fetch(pageUrl)).text();
  const tags = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/nomodule|application\/ld\+json/i.test(m[1]!));
  const sources = new Set(tags.flatMap((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? []));
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer())).length;
  const inline = tags.filter((m) => m[2]!.trim());
  for (const m of inline) bytes += gzipSync(Buffer.from(m[2]!)).length;
  return { bytes, files: sources.size, inline: inline.length };
}
