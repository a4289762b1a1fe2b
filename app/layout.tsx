import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { siteUrl } from "@/lib/env/server";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "StatusRadar — Is it down? Live API status", template: "%s | StatusRadar" },
  description: "Live, honest status for WorkOS, the identity providers behind it, and the APIs your product depends on.",
  openGraph: { siteName: "StatusRadar", type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f14" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">StatusRadar</Link>
          <nav aria-label="Site"><a href="/status/workos">WorkOS status</a><a href="/alerts">Alerts</a><a href="/account">Account</a></nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>StatusRadar reads official status pages and runs its own checks. Not affiliated with the services listed. <a href="/feed.xml">RSS</a> · <a href="/feed.atom">Atom</a> · <a href="/api/v1/services">JSON API</a></p>
        </footer>
      </body>
    </html>
  );
}
