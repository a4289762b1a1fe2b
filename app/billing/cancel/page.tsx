import type { Metadata } from "next";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

export default function CancelPage() {
  return (
    <>
      <h1>No change made</h1>
      <p>You left checkout before starting the trial; nothing was charged and your plan is unchanged.</p>
      <p><a href="/account">Back to your alerts</a></p>
    </>
  );
}
