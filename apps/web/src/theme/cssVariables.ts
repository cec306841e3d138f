/**
 * The custom properties (`--name: value;`) that a stylesheet's rule for exactly `selector` declares, by name without
 * the dashes: how tests read the themes' colours from the files the app loads instead of from copies of them.
 */
export function cssVariables(css: string, selector: string): Record<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const [, selectors = '', body = ''] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selectors.trim() !== selector) continue
    return Object.fromEntries(
      [...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name = '', value = '']) => [
        name,
        value.trim(),
      ]),
    )
  }
  throw new Error(`no rule for ${selector}`)
}
