import { z } from 'zod'
import { LIMITS } from './constants'
import { COUNTRY_CODES, type CountryCode } from './country'
import { memberRoleSchema } from './group'
import { idSchema } from './id'
import { institutionKindSchema, institutionSummarySchema } from './institution'
import { linkInputSchema, linkKindSchema } from './link'
import { partialDateSchema, splitPartialDate } from './partialDate'
import { foldForSearch } from './search'
import { sourceSchema } from './source'
import { freeTextSchema, httpUrlSchema } from './text'

// The files editors import, one row a record: their columns, what each cell may hold, and the report of a run.
// The web's upload form and the server's import read the same definitions, so they never disagree on a column.

/** The three kinds of file: institutions, links between them, and the members of groups. */
export const IMPORT_KINDS = ['institutions', 'links', 'members'] as const
export const importKindSchema = z.enum(IMPORT_KINDS)
export type ImportKind = z.infer<typeof importKindSchema>

/** The formats a file may come in: CSV (UTF-8) or an Excel workbook. */
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const
export const importFormatSchema = z.enum(IMPORT_FORMATS)
export type ImportFormat = z.infer<typeof importFormatSchema>

/** The columns that cite a source: an existing one by id or address, or a new one described inline. */
const SOURCE_COLUMNS = ['source', 'source_title', 'source_url', 'source_publisher', 'source_date'] as const

/**
 * Each kind's columns. A file must have every `required` column; institutions and links also need `source`, or
 * `source_title` with `source_url`. Any other header is refused, so a misspelt column is never silently ignored.
 */
export const IMPORT_COLUMNS = {
  institutions: {
    required: ['name', 'kind', 'country', 'city', 'lat', 'lon'],
    optional: ['id', 'native_name', 'alt_names', 'precision', 'website', ...SOURCE_COLUMNS],
  },
  links: {
    required: ['from', 'to', 'kind', 'initiatives'],
    optional: ['id', 'start', 'end', 'status', 'description', ...SOURCE_COLUMNS],
  },
  members: {
    required: ['group', 'institution', 'role'],
    optional: ['joined', 'left'],
  },
} as const satisfies Record<ImportKind, { required: readonly string[]; optional: readonly string[] }>

/** Whether a kind's rows cite a source (members belong to their group, which cites its own). */
export function importCitesSource(kind: ImportKind): boolean {
  return kind !== 'members'
}

/** Where a row's record is cited from: an existing source (by id or by its exact address) or a new one. */
export type SourceReference =
  | { kind: 'id'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'new'; title: string; url: string; publisher: string | null; publishedOn: string | null }

/** Separates the items of a list cell ("Beihang; BUAA"). */
export const IMPORT_LIST_SEPARATOR = ';'

const list = (items: z.ZodType<string[], string[]>) =>
  z
    .string()
    .transform((cell) =>
      cell
        .split(IMPORT_LIST_SEPARATOR)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(items)

const coordinate = (range: z.ZodNumber) =>
  z
    .string()
    // A decimal comma is how many spreadsheets outside the English-speaking world write a coordinate.
    .regex(/^[-+]?\d+(?:[.,]\d+)?$/, { error: 'is not a number such as 52.2297' })
    .transform((cell) => Number(cell.replace(',', '.')))
    .pipe(range)

const countryCell = z.string().transform((cell, ctx): CountryCode => {
  const code = countryCodeOf(cell)
  if (code) return code
  ctx.addIssue({
    code: 'custom',
    message: `country "${cell}" is not a country code (such as "PL") nor the English name of a country`,
  })
  return z.NEVER
})

const sourceColumns = {
  source: z.string().optional(),
  source_title: sourceSchema.shape.title.optional(),
  source_url: httpUrlSchema.optional(),
  source_publisher: sourceSchema.shape.publisher.unwrap().optional(),
  source_date: z.iso.date({ error: 'is not a day written YYYY-MM-DD' }).optional(),
}

type SourceCells = { [K in keyof typeof sourceColumns]?: string | undefined }

/** The row's citation, or an issue on the `source` column saying what is missing. */
function sourceReference(row: SourceCells, ctx: z.RefinementCtx): SourceReference {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', path: ['source'], message })
    return z.NEVER
  }
  if (row.source !== undefined) {
    if (row.source_title !== undefined || row.source_url !== undefined) {
      return fail(
        'give either an existing source in "source" or a new one in "source_title" and "source_url", not both',
      )
    }
    if (idSchema.safeParse(row.source).success) return { kind: 'id', id: row.source }
    if (httpUrlSchema.safeParse(row.source).success) return { kind: 'url', url: row.source }
    return fail(`"${row.source}" is neither the id of a source nor a web address`)
  }
  if (row.source_title !== undefined && row.source_url !== undefined) {
    return {
      kind: 'new',
      title: row.source_title,
      url: row.source_url,
      publisher: row.source_publisher ?? null,
      publishedOn: row.source_date ?? null,
    }
  }
  if (row.source_title !== undefined) return fail('a new source needs its web address in "source_url" too')
  if (row.source_url !== undefined) return fail('a new source needs its title in "source_title" too')
  return fail(
    'this row cites no source: every record needs one, in "source" or as "source_title" and "source_url"',
  )
}

const summary = institutionSummarySchema.shape

/** A row of an institutions file, each column parsed; source columns become `source`. */
export const institutionImportRowSchema = z
  .object({
    id: idSchema.optional(),
    name: summary.name,
    native_name: summary.nativeName.unwrap().optional(),
    alt_names: list(summary.altNames).optional(),
    kind: institutionKindSchema,
    country: countryCell,
    city: summary.city,
    lat: coordinate(summary.lat),
    lon: coordinate(summary.lon),
    precision: summary.precision.optional(),
    website: httpUrlSchema.optional(),
    ...sourceColumns,
  })
  .transform(({ source, source_title, source_url, source_publisher, source_date, ...row }, ctx) => ({
    ...row,
    source: sourceReference({ source, source_title, source_url, source_publisher, source_date }, ctx),
  }))

export type InstitutionImportRow = z.infer<typeof institutionImportRowSchema>

const link = linkInputSchema.shape

/** A row of a links file; `from` and `to` hold an institution's id or its exact name. */
export const linkImportRowSchema = z
  .object({
    id: idSchema.optional(),
    from: summary.name,
    to: summary.name,
    kind: linkKindSchema,
    initiatives: list(link.initiatives),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    status: link.status.optional(),
    description: link.description.unwrap().optional(),
    ...sourceColumns,
  })
  .refine((row) => notBefore(row.end, row.start), { error: 'the link ends before it starts', path: ['end'] })
  .transform(({ source, source_title, source_url, source_publisher, source_date, ...row }, ctx) => ({
    ...row,
    source: sourceReference({ source, source_title, source_url, source_publisher, source_date }, ctx),
  }))

export type LinkImportRow = z.infer<typeof linkImportRowSchema>

/** A row of a members file: an institution (id or exact name) in a group, from `joined` until `left`. */
export const memberImportRowSchema = z
  .object({
    group: idSchema,
    institution: summary.name,
    role: memberRoleSchema,
    joined: partialDateSchema.optional(),
    left: partialDateSchema.optional(),
  })
  .refine((row) => notBefore(row.left, row.joined), {
    error: 'the institution cannot leave the group before it joined',
    path: ['left'],
  })

export type MemberImportRow = z.infer<typeof memberImportRowSchema>

/** Each kind's row schema, for code that handles any kind of file. */
export const importRowSchemas = {
  institutions: institutionImportRowSchema,
  links: linkImportRowSchema,
  members: memberImportRowSchema,
} as const

/** Whether a period ending `end` may follow one starting `start`, compared by first days as the database does. */
function notBefore(end: string | undefined, start: string | undefined): boolean {
  return !end || !start || splitPartialDate(end).date >= splitPartialDate(start).date
}

/** A problem found in a file: its line as a spreadsheet numbers it (the header is line 1) and its column. */
export const importIssueSchema = z.object({
  line: z.number().int().min(1),
  /** The column's header name; null for a problem of the whole row or file. */
  column: z.string().nullable(),
  message: z.string(),
})

export type ImportIssue = z.infer<typeof importIssueSchema>

/**
 * What an import does or would do: the rows read, the records it creates, updates and leaves as they are, the
 * new sources it cites, and its problems (listed up to a limit; `issueCount` counts them all).
 */
export const importReportSchema = z.object({
  kind: importKindSchema,
  rows: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  newSources: z.number().int().min(0),
  issues: z.array(importIssueSchema),
  issueCount: z.number().int().min(0),
})

export type ImportReport = z.infer<typeof importReportSchema>

/** Any cell: text the database can store, and not so long that one cell could fill the memory of an import. */
const cellTextSchema = freeTextSchema(LIMITS.textLength)

/** A row's cells parsed by its kind's schema: the row, or each problem with the column it lies in. */
export type ParsedImportRow<Row> =
  | { row: Row; problems: null }
  | { row: null; problems: { column: string | null; message: string }[] }

/**
 * Parses one row's cells (keyed by column, empty cells left out) with a row schema, problems told as sentences a
 * reader of the spreadsheet understands: what the cell holds and what the column accepts.
 */
export function parseImportRow<Row>(
  schema: z.ZodType<Row>,
  cells: Readonly<Record<string, string>>,
): ParsedImportRow<Row> {
  const unfit = Object.entries(cells).flatMap(([column, cell]) =>
    (cellTextSchema.safeParse(cell).error?.issues ?? []).map((issue) => ({
      column,
      message: `the ${column} ${issue.message}`,
    })),
  )
  if (unfit.length > 0) return { row: null, problems: unfit }
  const parsed = schema.safeParse(cells, { reportInput: true })
  if (parsed.success) return { row: parsed.data, problems: null }
  return {
    row: null,
    problems: parsed.error.issues.map((issue) => {
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : null
      return { column, message: column ? cellMessage(issue, column) : issue.message }
    }),
  }
}

function cellMessage(issue: z.core.$ZodIssue, column: string): string {
  const value = issue.input === undefined ? '' : `"${String(issue.input)}"`
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `the ${column} is missing: every row needs one`
        : `${value} is not a valid ${column}`
    case 'invalid_value':
      return `${value} is not a ${column} the atlas knows; use one of: ${issue.values.map(String).join(', ')}`
    case 'too_big':
      return issue.origin === 'number'
        ? `the ${column} must be at most ${issue.maximum}, not ${value}`
        : issue.origin === 'array'
          ? `the ${column} list has more than ${issue.maximum} items`
          : `the ${column} is longer than ${issue.maximum} characters`
    case 'too_small':
      return issue.origin === 'number'
        ? `the ${column} must be at least ${issue.minimum}, not ${value}`
        : `the ${column} is empty`
    case 'invalid_format':
      return issue.format === 'url'
        ? `${value} is not a web address starting with http:// or https://`
        : `the ${column} ${value} ${issue.message}`
    default:
      return /^(must|is) /.test(issue.message) ? `the ${column} ${value} ${issue.message}` : issue.message
  }
}

/** Names that English speakers write which the Unicode region names do not give. */
const COUNTRY_ALIASES: Record<string, CountryCode> = {
  'czech republic': 'CZ',
  turkey: 'TR',
  usa: 'US',
  'united states of america': 'US',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'ivory coast': 'CI',
  "people's republic of china": 'CN',
  prc: 'CN',
  'republic of korea': 'KR',
  macedonia: 'MK',
  swaziland: 'SZ',
  burma: 'MM',
  holland: 'NL',
}

let countriesByName: Map<string, CountryCode> | undefined

/**
 * The ISO code a cell names: the code itself in any case, or a country's English name (as Unicode's region names
 * spell it, long or short, or a common alias), compared without case or accents; undefined for anything else.
 */
export function countryCodeOf(cell: string): CountryCode | undefined {
  const upper = cell.trim().toUpperCase()
  const code = COUNTRY_CODES.find((c) => c === upper)
  if (code) return code
  countriesByName ??= countryNames()
  return countriesByName.get(foldCountryName(cell))
}

function countryNames(): Map<string, CountryCode> {
  const names = new Map<string, CountryCode>()
  for (const style of ['long', 'short'] as const) {
    const display = new Intl.DisplayNames(['en'], { type: 'region', style })
    for (const code of COUNTRY_CODES) {
      const name = display.of(code)
      if (name && name !== code) names.set(foldCountryName(name), code)
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) names.set(alias, code)
  return names
}

/** A country's English name in the form it is looked up by: folded, curly apostrophes straightened. */
function foldCountryName(name: string): string {
  return foldForSearch(name.replace(/[’‘]/g, "'"))
}

let englishRegionNames: Intl.DisplayNames | undefined

/** A country's English name, for messages: "Poland". */
export function englishCountryName(code: string): string {
  englishRegionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
  return englishRegionNames.of(code) ?? code
}
