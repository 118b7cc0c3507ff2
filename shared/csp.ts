/**
 * The Content Security Policy of every app page: only the app's own scripts, no eval, and no
 * network at all (`connect-src 'none'`). Main sends it as a header on app:// responses; the
 * build also writes it into index.html so the web build runs under the same rules.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
