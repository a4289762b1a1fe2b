import { feedResponse } from "@/lib/feeds/feed-response";

export const revalidate = 300;
export const GET = () => feedResponse("atom");
