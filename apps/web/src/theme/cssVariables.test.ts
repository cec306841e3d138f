import { describe, expect, it } from 'vitest'
import { cssVariables } from './cssVariables'

const css = `
/* :root { --commented: #000000; } */
:root {
  --bg: #f3f5f8;
  --font:
    "Noto Sans", system-ui, sans-serif;
}

:root[data-theme="dark"] {
  color-scheme: dark;
  --bg: #0d1117;
}
`

describe('cssVariables', () => {
  it('gives the custom properties of the rule for exactly that selector, values trimmed, over several lines', () => {
    expect(cssVariables(css, ':root')).toEqual({ bg: '#f3f5f8', font: '"Noto Sans", system-ui, sans-serif' })
    expect(cssVariables(css, ':root[data-theme="dark"]')).toEqual({ bg: '#0d1117' })
  })

  it('refuses a selector the stylesheet has no rule for', () => {
    expect(() => cssVariables(css, 'html:root')).toThrow('no rule for html:root')
  })
})
