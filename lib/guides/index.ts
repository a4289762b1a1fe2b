import { services } from "@/lib/catalog/services";
import { buildGuide } from "./generated";
import { handWrittenGuides } from "./hand-written";
import { validateGuides } from "./schema";
import type { Guide } from "./types";

// One guide per catalog service: the hand-written one where it exists, otherwise one generated
// from the catalog entry. All are built and validated once, at module load: `next build` imports
// this module, so a bad guide (or a hand-written guide for a slug the catalog lost) fails the build.

const handWritten = new Map(handWrittenGuides.map((g) => [g.slug, g]));
const generated = services.filter((s) => !handWritten.has(s.slug)).map(buildGuide);

// Hand-written guides are validated even if their slug left the catalog, so the mistake surfaces.
validateGuides([...handWrittenGuides, ...generated]);

const generatedBySlug = new Map(generated.map((g) => [g.slug, g]));
const bySlug: ReadonlyMap<string, Guide> = new Map(
  services.map((s) => [s.slug, handWritten.get(s.slug) ?? generatedBySlug.get(s.slug)!]),
);
const inCatalogOrder: readonly Guide[] = [...bySlug.values()];

/** The guide for a canonical catalog slug (resolve aliases with resolveSlug first). Throws for unknown slugs. */
export function getGuide(slug: string): Guide {
  const guide = bySlug.get(slug);
  if (!guide) throw new Error(`No guide for "${slug}": not a catalog slug`);
  return guide;
}

/** Every guide, one per catalog service, in catalog order. */
export function allGuides(): readonly Guide[] {
  return inCatalogOrder;
}
