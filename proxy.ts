import { NextResponse, type NextRequest } from "next/server";
import { resolveSlug } from "@/lib/catalog/services";

/**
 * Runs before the routes that take a slug or id from the path:
 * - a malformed percent-escape ("%E0%A4%A") is answered 400 here, because Next would otherwise
 *   fail to decode the route's params and answer 500;
 * - other spellings of a service ("WorkOS", "azure-ad") redirect permanently to the canonical
 *   page, before the statically generated route (which knows only canonical slugs) answers 404.
 */
export function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  try {
    decodeURIComponent(path);
  } catch {
    return new NextResponse("Bad request: the address has a malformed percent-escape.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const [, first, raw, ...rest] = path.split("/");
  if (first !== "status" || !raw) return NextResponse.next();
  const match = resolveSlug(decodeURIComponent(raw));
  if (!match || match.canonical) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = ["", "status", match.slug, ...rest].join("/");
  return NextResponse.redirect(url, 308);
}

// Service pages need the proxy for their redirects; the API, OG image and badge only when the
// path holds a percent-escape at all (the proxy costs every request it sees a little).
export const config = { matcher: ["/status/:path*", "/api/v1/services/:rest(.*%.*)", "/api/og/:rest(.*%.*)", "/badge/:rest(.*%.*)"] };
