/** How languages are named where they are listed. No zod here: the landing page's bundle imports it. */

/** A display name without its parenthesised detail ("C# 7 (Mono 6.8)" → "C# 7"). */
export function shortName(displayName: string): string {
  return displayName.replace(/ \(.*\)$/, "");
}
