import { z } from 'zod';

// Imported first by main.tsx, before any schema exists: zod's `new Function` probe would
// otherwise log a CSP violation under `script-src 'self'` (no unsafe-eval).
z.config({ jitless: true });
