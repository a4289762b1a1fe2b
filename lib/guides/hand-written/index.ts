import type { Guide } from "../types";
import { auth0Guide } from "./auth0";
import { clerkGuide } from "./clerk";
import { entraIdGuide } from "./entra-id";
import { fronteggGuide } from "./frontegg";
import { googleWorkspaceGuide } from "./google-workspace";
import { oktaGuide } from "./okta";
import { oryGuide } from "./ory";
import { workosGuide } from "./workos";

/** The fully hand-written guides; every other catalog service gets a generated one. */
export const handWrittenGuides: readonly Guide[] = [
  workosGuide, oktaGuide, entraIdGuide, googleWorkspaceGuide, auth0Guide, clerkGuide, oryGuide, fronteggGuide,
];
