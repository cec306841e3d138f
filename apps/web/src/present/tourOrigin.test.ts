// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { elementAt, pathOf, rememberTourOrigin, returnToTourOrigin } from './tourOrigin'

const page = () => {
  document.body.innerHTML = `
    <div id="root"><header><h1>Atlas</h1><div class="toolbar"><button>Table</button><button>Tours</button></div></header></div>`
  return document.querySelector('.toolbar')?.lastElementChild as HTMLElement
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('pathOf and elementAt', () => {
  it('find an element by its place, in the page drawn again', () => {
    const path = pathOf(page(), document.body)
    expect(path).toEqual([0, 0, 1, 1])
    const again = page()
    expect(elementAt(path ?? [], document.body)).toBe(again)
  })

  it('find nothing outside the root, nor where the page has nothing now', () => {
    const detached = document.createElement('button')
    expect(pathOf(detached, document.body)).toBeNull()
    expect(elementAt([0, 4, 2], document.body)).toBeNull()
  })
})

describe('returning to where the tour was started', () => {
  it('focuses the same control once the page has drawn it again, once', () => {
    vi.useFakeTimers()
    rememberTourOrigin(page())
    document.body.innerHTML = '<section>The tour</section>'
    returnToTourOrigin()
    const tours = page()
    vi.runAllTimers()
    expect(document.activeElement).toBe(tours)

    tours.blur()
    returnToTourOrigin()
    vi.runAllTimers()
    expect(document.activeElement).not.toBe(tours)
  })

  it('does nothing for a tour opened by its link', () => {
    vi.useFakeTimers()
    page()
    rememberTourOrigin(null)
    returnToTourOrigin()
    vi.runAllTimers()
    expect(document.activeElement).toBe(document.body)
  })
})
