import { z } from 'zod';

// zod, as every schema here uses it: without its eval-compiled fast path. The extension's pages and content scripts
// run under a CSP without 'unsafe-eval', where zod's probe for it (new Function) is refused and logged as a CSP error
// on every page; validating our small inputs the plain way costs nothing that shows.
z.config({ jitless: true });

export { z };
