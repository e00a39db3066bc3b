/** What a browser's error report may hold (no zod here: the web app's first chunk imports it). */
export const CLIENT_ERROR_LIMITS = {
  /** The request body; the route refuses more with 413. */
  bodyBytes: 8 * 1024,
  message: 500,
  stack: 4000,
  route: 100,
  /** Reports one page load sends at most (web/src/lib/error-reporter.ts). */
  perPageLoad: 5,
} as const;
