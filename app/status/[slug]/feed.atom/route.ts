import { feedResponse } from "@/lib/feeds/feed-response";

export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = () => [];
export const GET = async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => feedResponse("atom", (await ctx.params).slug);
