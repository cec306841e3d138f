import { config } from 'zod'

// zod compiles object parsers with `new Function` when it may; the app's Content-Security-Policy forbids eval, so
// zod's probe for it would be reported as a violation. The parsers work the same without the compiled path.
config({ jitless: true })
