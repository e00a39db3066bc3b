/** The app's icons (Icon.tsx): one small component each, so a screen shows no emoji. */
import { Icon, type IconProps } from "./Icon";

export type { IconProps } from "./Icon";

export const LockIcon = (p: IconProps) => (
  <Icon {...p}><rect x="3.5" y="7" width="9" height="6.5" rx="1.2" /><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" /></Icon>
);
export const CloseIcon = (p: IconProps) => (
  <Icon {...p}><path d="M4 4l8 8M12 4l-8 8" /></Icon>
);
export const CheckIcon = (p: IconProps) => (
  <Icon {...p}><path d="M3 8.5l3.2 3L13 4.5" /></Icon>
);
export const PlayIcon = (p: IconProps) => (
  <Icon {...p}><path d="M5 3.5v9l7-4.5z" fill="currentColor" /></Icon>
);
export const PauseIcon = (p: IconProps) => (
  <Icon {...p}><path d="M5.5 3.5v9M10.5 3.5v9" strokeWidth="2.2" /></Icon>
);
export const ResetIcon = (p: IconProps) => (
  <Icon {...p}><path d="M3.5 8a4.5 4.5 0 1 0 1.4-3.3" /><path d="M3.5 2.5v3h3" /></Icon>
);
export const ClockIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="9" r="5.5" /><path d="M8 6v3l2 1.5M6.5 1.5h3" /></Icon>
);
export const GearIcon = (p: IconProps) => (
  <Icon {...p}><circle cx="8" cy="8" r="2.2" /><path d="M8 1.8v1.8M8 12.4v1.8M1.8 8h1.8M12.4 8h1.8M3.6 3.6l1.3 1.3M11.1 11.1l1.3 1.3M3.6 12.4l1.3-1.3M11.1 4.9l1.3-1.3" /></Icon>
);
