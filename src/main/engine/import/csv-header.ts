import {
  optionalColumns,
  requiredText,
  type ImportColumns,
} from '../../../shared/domain/import-columns'
import type { ImportProblem } from '../../../shared/errors'

/**
 * The one header rule of every CSV import: the first line names the file's columns, in any order,
 * case and surrounding spaces ignored; every required column (and one of each `oneOf` group) must
 * be there, and no column may be unknown or named twice. Answers, for each of `columns.names`,
 * where it is in the file's rows (-1: left out), or every problem with the header, on line 1.
 */
export function headerOrder(
  header: string[],
  columns: ImportColumns,
): { index: number[] } | { problems: ImportProblem[] } {
  const given = header.map((name) => name.trim())
  const names = given.map((name) => name.toLowerCase())
  const known = new Set(columns.names)
  if (!names.some((name) => known.has(name)))
    // Nothing in the first line is a column: the header is missing, or is not this import's.
    return {
      problems: [
        headerProblem(
          `The first line must be the header ${columns.names.join(',')} (in any order; required: ${requiredText(columns)})`,
        ),
      ],
    }
  const problems: ImportProblem[] = []
  // A misspelt column is named once, with what it likely means, rather than again as missing.
  const meant = new Set<string>()
  names.forEach((name, at) => {
    const first = names.indexOf(name)
    if (!name) problems.push(headerProblem(emptyColumn(at, columns)))
    else if (!known.has(name)) {
      const near = nearestColumn(name, names, columns)
      if (near) meant.add(near)
      problems.push(headerProblem(unknownColumn(given[at]!, near, columns)))
    } else if (first !== at)
      problems.push(
        headerProblem(`${name}: named twice in the header (columns ${first + 1} and ${at + 1})`),
      )
  })
  for (const name of columns.required)
    if (!names.includes(name) && !meant.has(name))
      problems.push(headerProblem(`${name}: missing from the header; this column is required`))
  for (const group of columns.oneOf)
    if (!group.some((name) => names.includes(name) || meant.has(name)))
      problems.push(
        headerProblem(
          `${group.join(' or ')}: missing from the header; at least one of these columns is required`,
        ),
      )
  if (problems.length > 0) return { problems }
  return { index: columns.names.map((name) => names.indexOf(name)) }
}

function headerProblem(message: string): ImportProblem {
  return { line: 1, field: 'header', message }
}

function emptyColumn(at: number, columns: ImportColumns): string {
  return `Column ${at + 1} of the header has no name: name it (${columns.names.join(',')}) or remove it`
}

/** The column a name that is not one likely means: preferably one the file has not named yet. */
function nearestColumn(name: string, names: string[], columns: ImportColumns): string | null {
  const unused = columns.names.filter((column) => !names.includes(column))
  return nearest(name, unused) ?? nearest(name, columns.names)
}

function unknownColumn(name: string, near: string | null, columns: ImportColumns): string {
  if (near) return `${name}: not a column; did you mean ${near}?`
  const optional = optionalColumns(columns)
  return `${name}: not a column; the columns are ${requiredText(columns)}${optional.length > 0 ? `, and optionally ${optional.join(', ')}` : ''}`
}

/** The column `name` most likely means, if one is close: a typo, other spacing, or a short form. */
function nearest(name: string, candidates: readonly string[]): string | null {
  const spelled = name.replace(/[\s-]+/g, '_')
  let best: { column: string; score: number } | null = null
  for (const column of candidates) {
    const score = closeness(spelled, column)
    if (score !== null && score < (best?.score ?? Infinity)) best = { column, score }
  }
  return best?.column ?? null
}

/** How far `name` is from `column` (lower is closer), or null when it is not close at all. */
function closeness(name: string, column: string): number | null {
  const distance = editDistance(name, column)
  if (distance <= Math.max(1, Math.floor(column.length / 3))) return distance
  // A short form keeps the first letter and the order of some others: qty, ref, desc.
  let at = 0
  for (const letter of column) if (letter === name[at]) at++
  const shortForm = name.length >= 3 && name[0] === column[0] && at === name.length
  return shortForm ? column.length : null
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  return rows[a.length]![b.length]!
}
