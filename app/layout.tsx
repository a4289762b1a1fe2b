import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/env/server";
import { SiteFooter, SiteHeader, THEME_COLORS } from "./_components/SiteChrome";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "StatusRadar — Is it down? Live API status", template: "%s | StatusRadar" },
  description: "Live, honest status for WorkOS, the identity providers behind it, and the APIs your product depends on.",
  openGraph: { siteName: "StatusRadar", type: "website" },
};

export const viewport: Viewport = {
  themeColor: THEME_COLORS,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
