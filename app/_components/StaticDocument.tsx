import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env/server";
import { SiteFooter, SiteHeader, THEME_COLORS } from "./SiteChrome";

/** What a static document puts in its <head>: the same fields generateMetadata gives other pages. */
export type DocumentHead = {
  title: string;
  description: string;
  /** Absent on error pages, which also get noindex. */
  canonical?: string;
  feeds?: { rss?: string; atom?: string };
  image?: { url: string; width: number; height: number; alt: string };
};

let css: string | undefined;
/**
 * The site stylesheet, inlined. The App Router hashes app/globals.css into a chunk whose name a
 * route handler cannot know, so the static document reads the source (one file, a few KB) once
 * and strips comments and indentation.
 */
function siteCss(): string {
  if (env.NODE_ENV !== "production") css = undefined; // next dev: pick up edits
  css ??= readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "")
    .replace(/\s*([{};:,])\s*/g, "$1");
  return css;
}

/**
 * A whole HTML page rendered on the server with no client runtime: the shell of the root layout
 * (header, main, footer), the head tags, the stylesheet inline and at most one small inline script.
 * For pages whose only interactivity is a few lines of DOM code, this saves the ~130 KB of React and
 * router JavaScript an App Router page always loads.
 */
export async function renderStaticDocument(head: DocumentHead, body: React.ReactNode, script?: string): Promise<string> {
  // Imported when called: a static import of react-dom/server is refused in the server layer,
  // where React Server Components cannot use it; a route handler only renders plain markup.
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <meta name="description" content={head.description} />
        {head.canonical ? <link rel="canonical" href={head.canonical} /> : <meta name="robots" content="noindex" />}
        {head.feeds?.rss ? <link rel="alternate" type="application/rss+xml" href={head.feeds.rss} /> : null}
        {head.feeds?.atom ? <link rel="alternate" type="application/atom+xml" href={head.feeds.atom} /> : null}
        {THEME_COLORS.map((t) => <meta key={t.media} name="theme-color" media={t.media} content={t.color} />)}
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        {head.canonical ? <meta property="og:url" content={head.canonical} /> : null}
        <meta property="og:site_name" content="StatusRadar" />
        <meta property="og:type" content="website" />
        {head.image ? (
          <>
            <meta property="og:image" content={head.image.url} />
            <meta property="og:image:width" content={String(head.image.width)} />
            <meta property="og:image:height" content={String(head.image.height)} />
            <meta property="og:image:alt" content={head.image.alt} />
          </>
        ) : null}
        <meta name="twitter:card" content={head.image ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={head.title} />
        <meta name="twitter:description" content={head.description} />
        {head.image ? <meta name="twitter:image" content={head.image.url} /> : null}
        <style dangerouslySetInnerHTML={{ __html: siteCss() }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main">{body}</main>
        <SiteFooter />
        {script ? <script dangerouslySetInnerHTML={{ __html: script }} /> : null}
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${html}`;
}

/** A rendered document as a response. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}
