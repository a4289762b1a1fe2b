import type { ServiceEntry } from "../catalog/types";
import { siteUrl } from "../env/server";
import type { Guide } from "../guides/types";

/** JSON for a <script type="application/ld+json">, with "<" escaped so text cannot close the tag. */
export function toJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** WebPage, BreadcrumbList and FAQPage for a service page, built from the same guide it renders. */
export function serviceJsonLd(entry: ServiceEntry, guide: Guide, dateModified: string | null): string {
  const site = siteUrl();
  const url = `${site}/status/${entry.slug}`;
  return toJsonLd([
    {
      "@context": "https://schema.org", "@type": "WebPage", "@id": url, url,
      name: `Is ${entry.name} Down? Live ${entry.name} Status & Outages`,
      ...(dateModified ? { dateModified } : {}),
      about: { "@type": "SoftwareApplication", name: entry.name, url: entry.statusPageUrl },
    },
    {
      "@context": "https://schema.org", "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "All services", item: `${site}/` },
        { "@type": "ListItem", position: 2, name: `${entry.name} status`, item: url },
      ],
    },
    {
      "@context": "https://schema.org", "@type": "FAQPage",
      mainEntity: guide.faq.map((f) => ({ "@type": "Question", name: f.question, acceptedAnswer: { "@type": "Answer", text: f.answer } })),
    },
  ]);
}
