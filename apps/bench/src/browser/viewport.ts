/** The window both pages are measured in: the end-to-end tests' desktop, wide enough to show the filter panel. */
export const VIEWPORT = { width: 1440, height: 900 }

/** How long a page may take to first draw everything, and then to redraw after the filter changes. */
export const TIMEOUTS = { firstIdleMs: 180_000, filterMs: 120_000 }
