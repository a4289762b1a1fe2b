import type { Metadata } from "next";
import { findService } from "@/lib/catalog/services";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string; error?: string }> };

// Links in emails land here and a button confirms, so link scanners unsubscribe no one.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done, error } = await searchParams;
  const unsubscribed = done ? findService(done) : undefined;
  if (unsubscribed) return <><h1>Unsubscribed</h1><p>You will get no more alerts about {unsubscribed.name}. <a href="/account">Manage your alerts</a></p></>;
  if (error || !token) {
    return (
      <>
        <h1>This unsubscribe link does not work</h1>
        <p role="alert" className="error">It is incomplete or was changed on the way. Use the link in your latest alert email, or <a href="/account">manage your alerts</a> after signing in.</p>
      </>
    );
  }
  return (
    <>
      <h1>Stop these alerts?</h1>
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit">Unsubscribe</button>
      </form>
    </>
  );
}
