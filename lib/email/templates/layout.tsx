import { Body, Container, Head, Hr, Html, Link, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import type { ReactElement, ReactNode } from "react";

export interface RenderedEmail { subject: string; html: string; text: string }

/** The frame every StatusRadar email shares: preview line, body, footer with optional links. */
export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", color: "#111827", fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "16px" }}>
          {children}
          <Hr style={{ borderColor: "#e5e7eb" }} />
          <Text style={{ color: "#6b7280", fontSize: "12px" }}>StatusRadar — live status of the APIs you depend on. {footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const A = ({ href, children }: { href: string; children: ReactNode }) => <Link href={href} style={{ color: "#1d4ed8" }}>{children}</Link>;

/** Renders a template to HTML and its plain-text part. */
export async function renderEmail(subject: string, element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
