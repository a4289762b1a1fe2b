import { NotFoundBody } from "./_components/NotFoundBody";

// A real 404 (Next sends the status) that still helps.
export default function NotFound() {
  return <NotFoundBody />;
}
