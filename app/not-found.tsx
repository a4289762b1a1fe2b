import { services } from "@/lib/catalog/services";

// A real 404 (Next sends the status) that still helps: the most-visited services.
const SUGGESTED = ["workos", "okta", "entra-id", "google-workspace", "auth0", "stripe", "github", "openai"];

export default function NotFound() {
  const picks = SUGGESTED.map((s) => services.find((x) => x.slug === s)).filter(Boolean);
  return (
    <>
      <h1>We do not track that page</h1>
      <p>The service or page you asked for is not in our catalog. Perhaps one of these?</p>
      <ul className="suggestions" data-testid="suggestions">
        {picks.map((s) => <li key={s!.slug}><a href={`/status/${s!.slug}`}>Is {s!.name} down?</a></li>)}
      </ul>
      <p><a href="/">See all {services.length} services</a></p>
    </>
  );
}
