import { Button, Heading, Text } from "@react-email/components";
import { A, EmailLayout, renderEmail } from "./layout";

export function MagicLinkEmail({ link }: { link: string }) {
  return (
    <EmailLayout preview="Your sign-in link (valid 15 minutes)">
      <Heading as="h2">Sign in to StatusRadar</Heading>
      <Button href={link} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>Sign in</Button>
      <Text>Or paste this link into your browser: {link}</Text>
      <Text>The link works once, for 15 minutes. If you did not ask for it, ignore this email.</Text>
    </EmailLayout>
  );
}
MagicLinkEmail.PreviewProps = { link: "http://localhost:3000/auth/verify?token=preview" };

export function TrialEndingEmail({ trialEnd, manageUrl }: { trialEnd: string; manageUrl: string }) {
  return (
    <EmailLayout preview={`Your Alert Pro trial ends on ${trialEnd}`}>
      <Heading as="h2">Your Alert Pro trial ends in 3 days</Heading>
      <Text>Your trial ends on {trialEnd}. After that it is $9/month; there is nothing to do if you want to keep it.</Text>
      <Text><A href={manageUrl}>Cancel or change your card</A></Text>
    </EmailLayout>
  );
}
TrialEndingEmail.PreviewProps = { trialEnd: "2026-12-18", manageUrl: "http://localhost:3000/account" };

export function PaymentFailedEmail({ manageUrl }: { manageUrl: string }) {
  return (
    <EmailLayout preview="We could not charge your card for Alert Pro">
      <Heading as="h2">Your Alert Pro payment failed</Heading>
      <Text>We could not charge your card. Stripe will retry over the next days and your alerts keep working meanwhile.</Text>
      <Text><A href={manageUrl}>Update your card</A></Text>
    </EmailLayout>
  );
}
PaymentFailedEmail.PreviewProps = { manageUrl: "http://localhost:3000/account" };

export function TestAlertEmail({ statusUrl, manageUrl }: { statusUrl: string; manageUrl: string }) {
  return (
    <EmailLayout preview="Your StatusRadar alerts reach this inbox">
      <Heading as="h2">This is a test alert</Heading>
      <Text>You asked for a test from your account page. It arrived, so the alerts for the services you watch will reach this address too.</Text>
      <Text>Nothing is wrong with any service. <A href={statusUrl}>Live status of WorkOS</A> · <A href={manageUrl}>Manage your alerts</A></Text>
    </EmailLayout>
  );
}
TestAlertEmail.PreviewProps = { statusUrl: "http://localhost:3000/status/workos", manageUrl: "http://localhost:3000/account" };

export const magicLinkEmail = (link: string) => renderEmail("Your StatusRadar sign-in link", <MagicLinkEmail link={link} />);
export const trialEndingEmail = (trialEnd: Date | null, manageUrl: string) =>
  renderEmail("Your Alert Pro trial ends in 3 days", <TrialEndingEmail trialEnd={trialEnd ? trialEnd.toISOString().slice(0, 10) : "in 3 days"} manageUrl={manageUrl} />);
export const paymentFailedEmail = (manageUrl: string) => renderEmail("Your Alert Pro payment failed", <PaymentFailedEmail manageUrl={manageUrl} />);
export const testAlertEmail = (statusUrl: string, manageUrl: string) => renderEmail("StatusRadar test alert", <TestAlertEmail statusUrl={statusUrl} manageUrl={manageUrl} />);
