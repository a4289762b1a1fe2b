import { NextResponse, type NextRequest } from "next/server";
import { resolveSlug } from "@/lib/catalog/services";

/**
 * Other spellings of a service ("WorkOS", "azure-ad") redirect permanently to the canonical page,
 * before the statically generated route (which knows only canonical slugs) answers 404.
 */
export function proxy(req: NextRequest) {
  const [, , raw, ...rest] = req.nextUrl.pathname.split("/");
  if (!raw) return NextResponse.next();
  const match = resolveSlug(decodeURIComponent(raw));
  if (!match || match.canonical) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = ["", "status", match.slug, ...rest].join("/");
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ["/status/:slug", "/status/:slug/:path*"] };
