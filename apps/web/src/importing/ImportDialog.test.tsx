// @vitest-environment happy-dom
import type { ImportReport } from '@atlas/schema'
import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import { ImportDialog } from './ImportDialog'
import { type ImportListeners, type ImportRequest, type ImportResult, sendImport } from './sendImport'

vi.mock('./sendImport', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./sendImport')>()),
  sendImport: vi.fn(),
}))

const send = vi.mocked(sendImport)

const report = (issues: ImportReport['issues']): ImportReport => ({
  kind: 'institutions',
  rows: 4,
  created: 4 - new Set(issues.map((issue) => issue.line)).size,
  updated: 0,
  unchanged: 0,
  newSources: 0,
  issues,
  issueCount: issues.length,
})

const PROBLEMS = report([
  { line: 5, column: 'name', message: 'a duplicate of Lodz University of Technology' },
  { line: 3, column: 'country', message: 'country "XX" is not a country code' },
  { line: 4, column: 'lat', message: 'the point is not in Poland (PL)' },
  { line: 4, column: null, message: 'the row is odd' },
])

/** The server's answer to the next request: rows checked as it goes, then the report. */
function answer(result: ImportResult) {
  send.mockImplementationOnce(async (_request: ImportRequest, listeners: ImportListeners) => {
    listeners.onSent(10, 10)
    listeners.onRows(result.report.rows)
    return result
  })
}

const csv = (text = 'name\n') => new File([text], 'partners.csv', { type: 'text/csv' })

function openDialog() {
  const onImported = vi.fn()
  const rendered = renderWithUser(<ImportDialog open onClose={() => {}} onImported={onImported} />)
  const dialog = within(screen.getByRole('dialog', { name: 'Import from a spreadsheet' }))
  return { ...rendered, dialog, onImported }
}

describe('ImportDialog', () => {
  beforeEach(() => send.mockReset())

  it('lists the columns of the chosen kind, with a template to start from', async () => {
    const { user, dialog } = openDialog()
    const columns = within(dialog.getByRole('region', { name: 'Columns' }))
    expect(columns.getAllByRole('listitem')[0]?.textContent).toBe('name')
    expect(
      columns.getByRole('link', { name: 'Download an empty template (CSV)' }).getAttribute('download'),
    ).toBe('partnership-atlas-institutions-template.csv')
    await user.click(dialog.getByRole('radio', { name: 'Partnerships' }))
    expect(columns.getAllByRole('listitem').map((item) => item.textContent)).toContain('initiatives')
  })

  it('checks the file, lists its problems by line, and imports only a file without any', async () => {
    const { user, dialog, onImported } = openDialog()
    const check = dialog.getByRole('button', { name: 'Check' })
    const importButton = dialog.getByRole('button', { name: 'Import' })
    expect(check).toHaveProperty('disabled', true)

    const first = csv('first')
    await user.upload(dialog.getByLabelText('Spreadsheet (CSV or XLSX)'), first)
    answer({ refused: false, report: PROBLEMS })
    await user.click(check)
    expect(send).toHaveBeenCalledWith(
      { kind: 'institutions', format: 'csv', file: first, apply: false },
      expect.anything(),
      expect.any(AbortSignal),
    )
    await dialog.findByText('4 problems found. Nothing can be imported until they are fixed in the file.')
    const table = within(dialog.getByRole('table', { name: 'Problems, by line of the file' }))
    expect(table.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['3', '4', '5'])
    expect(table.getByRole('cell', { name: 'the whole row' })).toBeTruthy()
    expect(importButton).toHaveProperty('disabled', true)

    // The file fixed and chosen again: the old report fades until it is checked again.
    await user.upload(dialog.getByLabelText('Spreadsheet (CSV or XLSX)'), csv('fixed'))
    dialog.getByText(/This report is about the file as it was/)
    answer({ refused: false, report: report([]) })
    await user.click(dialog.getByRole('button', { name: 'Check again' }))
    await dialog.findByText('No problems in 4 rows: they are ready to import.')
    expect(dialog.queryByRole('table')).toBeNull()

    answer({ refused: false, report: report([]) })
    await user.click(importButton)
    expect(send).toHaveBeenLastCalledWith(
      expect.objectContaining({ apply: true }),
      expect.anything(),
      undefined,
    )
    await dialog.findByText('Imported 4 rows. The map shows them now.')
    expect(onImported).toHaveBeenCalledOnce()
    expect(importButton).toHaveProperty('disabled', true)
  })

  it('says why a file cannot be read, and what the server refused', async () => {
    const { user, dialog } = openDialog()
    const field = dialog.getByLabelText('Spreadsheet (CSV or XLSX)')
    // Typed as CSV by the browser, but named for an older Excel format the server cannot read.
    await user.upload(field, new File(['x'], 'partners.xls', { type: 'text/csv' }))
    dialog.getByText('“partners.xls” is neither a .csv nor an .xlsx file.')
    expect(dialog.getByRole('button', { name: 'Check' })).toHaveProperty('disabled', true)

    await user.upload(field, csv())
    const { ImportFailure } = await vi.importActual<typeof import('./sendImport')>('./sendImport')
    send.mockRejectedValueOnce(new ImportFailure('sign in to import into the atlas'))
    await user.click(dialog.getByRole('button', { name: 'Check' }))
    expect((await dialog.findByRole('alert')).textContent).toBe(
      'The file could not be checked: sign in to import into the atlas',
    )
  })
})
