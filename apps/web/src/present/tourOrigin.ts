/**
 * The control a tour was started from, to give focus back to when the tour ends, as a dialog gives it back to what
 * opened it. The page changes layout for the tour, so the control itself is gone by then: it is remembered by its
 * place in the page, where the page puts the same control again.
 */
let origin: number[] | null = null

/** Remembers where `element` is in the page; null forgets. */
export function rememberTourOrigin(element: Element | null): void {
  origin = element && element !== document.body ? pathOf(element, document.body) : null
}

/** Focuses the control the tour was started from, once the page has drawn the layout it is in. */
export function returnToTourOrigin(): void {
  const path = origin
  origin = null
  if (!path) return
  window.setTimeout(() => {
    const element = elementAt(path, document.body)
    if (element instanceof HTMLElement) element.focus()
  }, 0)
}

/** The element's place under `root`: the index of each ancestor among its siblings, from the top down. */
export function pathOf(element: Element, root: Element): number[] | null {
  const path: number[] = []
  for (let at: Element | null = element; at !== root; at = at.parentElement) {
    if (!at?.parentElement) return null
    path.unshift([...at.parentElement.children].indexOf(at))
  }
  return path
}

/** The element at a place `pathOf` gave, or null where the page has nothing there now. */
export function elementAt(path: readonly number[], root: Element): Element | null {
  let at: Element | undefined = root
  for (const index of path) at = at?.children[index]
  return at ?? null
}
