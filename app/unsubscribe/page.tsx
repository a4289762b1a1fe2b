import type { Metadata } from "next";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string }> };

// Links in emails land here and a button confirms, so link scanners unsubscribe no one.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = await searchParams;
  if (done) return <><h1>Unsubscribed</h1><p>You will get no more alerts about {done}. <a href="/account">Manage your alerts</a></p></>;
  return (
    <>
      <h1>Stop these alerts?</h1>
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token ?? "")}`}>
        <button type="submit">Unsubscribe</button>
      </form>
    </>
  );
}
