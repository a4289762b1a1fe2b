import type { Metadata } from "next";

export const metadata: Metadata = { title: "Welcome to Alert Pro", robots: { index: false } };

// Stripe's webhook, not this page, upgrades the account; the page only says what happens next.
export default function SuccessPage() {
  return (
    <>
      <h1>Your Alert Pro trial has started</h1>
      <p>Nothing is charged for 14 days. Your account shows Alert Pro as soon as Stripe confirms, usually within seconds.</p>
      <p><a href="/account">Go to your alerts</a></p>
    </>
  );
}
