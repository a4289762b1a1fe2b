import { services } from "@/lib/catalog/services";

// The most-visited services, offered wherever a page is not found.
const SUGGESTED = ["workos", "okta", "entra-id", "google-workspace", "auth0", "stripe", "github", "openai"];

/** The body of a 404: what happened and where to go instead. Shared by not-found.tsx and route handlers. */
export function NotFoundBody({ what = "The service or page you asked for is not in our catalog." }: { what?: string }) {
  const picks = SUGGESTED.map((s) => services.find((x) => x.slug === s)).filter(Boolean);
  return (
    <>
      <h1>We do not track that page</h1>
      <p>{what} Perhaps one of these?</p>
      <ul className="suggestions" data-testid="suggestions">
        {picks.map((s) => <li key={s!.slug}><a href={`/status/${s!.slug}`}>Is {s!.name} down?</a></li>)}
      </ul>
      <p><a href="/">See all {services.length} services</a></p>
    </>
  );
}
