import { IMPORT_COLUMNS, IMPORT_KINDS } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { templateColumns, templateCsv, templateFileName, templateHref } from './importTemplate'

describe('the import templates', () => {
  it('has every column of the kind, the required ones first', () => {
    expect(templateColumns('members')).toEqual(['group', 'institution', 'role', 'joined', 'left'])
    for (const kind of IMPORT_KINDS) {
      const { required, optional } = IMPORT_COLUMNS[kind]
      expect(templateColumns(kind)).toEqual([...required, ...optional])
    }
  })

  it('is a header row, marked as UTF-8 for spreadsheet programs', () => {
    expect(templateCsv('links')).toBe(
      '\uFEFFfrom,to,kind,initiatives,id,start,end,status,description,source,source_title,source_url,source_publisher,source_date\r\n',
    )
  })

  it('downloads from a data address named for the kind', () => {
    const href = templateHref('institutions')
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(templateCsv('institutions'))
    expect(templateFileName('institutions')).toBe('partnership-atlas-institutions-template.csv')
  })
})
