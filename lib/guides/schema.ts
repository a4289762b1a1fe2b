import { z } from "zod";
import { findService } from "@/lib/catalog/services";
import type { Guide } from "./types";

// The guide page renders every list with the item text (or code/title/question) as its React key,
// so items must be unique within a list, not just present.

/** How many entries each list needs. Hand-written guides are the flagship pages, so they need more. */
export interface GuideMinimums {
  errorCodes: number;
  whyItBreaks: number;
  checklist: number;
  fallbacks: number;
  alternatives: number;
  faq: number;
}

export const HAND_WRITTEN_MINIMUMS: GuideMinimums = { errorCodes: 4, whyItBreaks: 3, checklist: 6, fallbacks: 2, alternatives: 1, faq: 4 };
export const GENERATED_MINIMUMS: GuideMinimums = { errorCodes: 2, whyItBreaks: 2, checklist: 4, fallbacks: 1, alternatives: 1, faq: 3 };

/** More FAQ entries than this stops being a FAQ and starts being padding. */
const MAX_FAQ = 6;

const text = z.string().trim().min(1, "must not be empty");
const sentence = z.string().trim().min(20, "is too short to say anything useful");

/** Rejects a list whose items repeat the same key (the page would render duplicate React keys). */
function uniqueBy<T>(list: z.ZodType<T[]>, key: (item: T) => string, what: string) {
  return list.superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: [i], message: `repeats the ${what} "${k}"` });
      seen.add(k);
    });
  });
}

function guideSchema(min: GuideMinimums) {
  const atLeast = (n: number) => `needs at least ${n} entries`;
  return z.strictObject({
    slug: text,
    summary: z.string().trim().min(80, "must be at least 80 characters"),
    quickCheck: z.strictObject({
      command: text,
      explanation: sentence,
      outcomes: uniqueBy(
        z.array(z.strictObject({ status: text, meaning: sentence })).min(2, atLeast(2)),
        (o) => o.status, "status",
      ),
    }),
    errorCodes: uniqueBy(
      z.array(z.strictObject({ code: text, meaning: sentence, whatToDo: sentence })).min(min.errorCodes, atLeast(min.errorCodes)),
      (e) => e.code, "code",
    ),
    whyItBreaks: uniqueBy(
      z.array(z.strictObject({ title: text, body: sentence })).min(min.whyItBreaks, atLeast(min.whyItBreaks)),
      (w) => w.title, "title",
    ),
    checklist: uniqueBy(z.array(sentence).min(min.checklist, atLeast(min.checklist)), (c) => c, "step"),
    fallbacks: uniqueBy(
      z.array(z.strictObject({ title: text, body: sentence })).min(min.fallbacks, atLeast(min.fallbacks)),
      (f) => f.title, "title",
    ),
    alternatives: uniqueBy(z.array(text).min(min.alternatives, atLeast(min.alternatives)), (a) => a, "slug"),
    faq: uniqueBy(
      z.array(z.strictObject({ question: text, answer: sentence })).min(min.faq, atLeast(min.faq)).max(MAX_FAQ, `has more than ${MAX_FAQ} entries`),
      (f) => f.question, "question",
    ),
    handWritten: z.boolean(),
  });
}

export const handWrittenGuideSchema = guideSchema(HAND_WRITTEN_MINIMUMS);
export const generatedGuideSchema = guideSchema(GENERATED_MINIMUMS);

/** "errorCodes[2].meaning" from a zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "") || "(guide)";
}

/**
 * Checks every guide against its schema (hand-written or generated minimums) and the catalog.
 * Throws on the first problem with the guide's slug and the field, e.g.
 * `Guide "okta": faq: needs at least 4 entries`.
 */
export function validateGuides(guides: readonly Guide[]): void {
  const seen = new Set<string>();
  guides.forEach((guide, i) => {
    const label = typeof guide?.slug === "string" && guide.slug ? `"${guide.slug}"` : `#${i}`;
    const fail = (field: string, message: string): never => {
      throw new Error(`Guide ${label}: ${field}: ${message}`);
    };

    const schema = guide?.handWritten === true ? handWrittenGuideSchema : generatedGuideSchema;
    const parsed = schema.safeParse(guide);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(fieldName(issue.path), issue.message);
    }

    if (!findService(guide.slug)) fail("slug", "is not a catalog slug");
    if (seen.has(guide.slug)) fail("slug", "has more than one guide");
    seen.add(guide.slug);

    guide.alternatives.forEach((alt, j) => {
      if (alt === guide.slug) fail(`alternatives[${j}]`, "lists the service as its own alternative");
      if (!findService(alt)) fail(`alternatives[${j}]`, `"${alt}" is not a catalog slug`);
    });
  });
}
