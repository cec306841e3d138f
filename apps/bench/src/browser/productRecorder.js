// Put into the atlas's page before its own scripts run (page.addInitScript): notes each moment its map goes idle,
// with what the counts bar said then, and the moment of each click, for measureProduct.ts to read.

/** What measureProduct.ts reads from the page. */
window.__bench = {
  /** Each idle map: milliseconds since navigation, its data-renders (null from the test hook), the counts bar. */
  idles: [],
  /** Milliseconds since navigation of each click. */
  clicks: [],
  /** Milliseconds each click's handlers ran (the Event Timing API's processing time): the app's own script. */
  clickScripts: [],
  /** Whether the map says when it is busy (aria-busy and data-renders on .atlas-map), or only the test hook does. */
  contract: false,
}

const countsText = () => document.querySelector('.counts-bar')?.textContent ?? ''

// The contract: .atlas-map carries aria-busy="true" while it loads or draws, and counts its idle renders.
new MutationObserver((mutations) => {
  for (const { target } of mutations) {
    if (!(target instanceof Element) || !target.classList.contains('atlas-map')) continue
    const renders = target.getAttribute('data-renders')
    if (renders === null) continue
    window.__bench.contract = true
    const last = window.__bench.idles.at(-1)
    if (target.getAttribute('aria-busy') === 'false' && last?.renders !== Number(renders)) {
      window.__bench.idles.push({ t: performance.now(), renders: Number(renders), counts: countsText() })
    }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy', 'data-renders'] })

// The fallback: builds with VITE_TEST_HOOKS=1 put their MapLibre map on window.__atlasMap.
let hookedMap
Object.defineProperty(window, '__atlasMap', {
  configurable: true,
  get: () => hookedMap,
  set: (map) => {
    hookedMap = map
    map?.on('idle', () => {
      if (!window.__bench.contract) {
        window.__bench.idles.push({ t: performance.now(), renders: null, counts: countsText() })
      }
    })
  },
})

document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true)

// Chromium times each slow event's handlers (Event Timing); a click's are the app's work for it before any frame.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === 'click') window.__bench.clickScripts.push(entry.processingEnd - entry.processingStart)
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true })
