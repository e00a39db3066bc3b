/**
 * Small inline SVG icons, drawn in the text colour, in place of emoji and dingbats (which render
 * as empty boxes on a system without an emoji font). Decorative by default (aria-hidden); given a
 * `label` (from the catalogue) an icon is an image with that name.
 */
import type { ReactNode } from "react";

export interface IconProps {
  /** Width and height in CSS pixels. */
  size?: number;
  /** The accessible name when the icon alone carries meaning; absent, the icon is hidden from assistive technology. */
  label?: string;
  className?: string;
}

export function Icon({ size = 14, label, className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={`icon ${className ?? ""}`.trim()} viewBox="0 0 16 16" width={size} height={size} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" focusable="false"
      role={label ? "img" : undefined} aria-label={label} aria-hidden={label ? undefined : true}
    >
      <title>{label ?? ""}</title>
      {children}
    </svg>
  );
}
