// Header and footer shared by the App Router layout and the static service document, which is
// rendered outside it (see app/status/[slug]/route.tsx). Plain links: both kinds of page load whole.

export function SiteHeader() {
  return (
    <header className="site-header">
      <a href="/" className="brand">StatusRadar</a>
      <nav aria-label="Site"><a href="/status/workos">WorkOS status</a><a href="/alerts">Alerts</a><a href="/account">Account</a></nav>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>StatusRadar reads official status pages and runs its own checks. Not affiliated with the services listed. <a href="/feed.xml">RSS</a> · <a href="/feed.atom">Atom</a> · <a href="/api/v1/services">JSON API</a></p>
    </footer>
  );
}

/** Browser chrome colours for light and dark schemes (the same as --bg in globals.css). */
export const THEME_COLORS = [
  { media: "(prefers-color-scheme: light)", color: "#ffffff" },
  { media: "(prefers-color-scheme: dark)", color: "#0b0f14" },
];
