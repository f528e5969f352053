import {
  optionalColumns,
  requiredText,
  type ImportColumns,
} from '../../../../shared/domain/import-columns'

const INDENT = ' '.repeat(20)
const WIDTH = 98

/**
 * An import kind's lines of `daftar import --help`: the columns its header must name and those it
 * may add (read from the same list as the engine), then `notes`, each line indented under the kind.
 */
export function importKindHelp(kind: string, columns: ImportColumns, notes: string[]): string[] {
  const optional = optionalColumns(columns)
  const words = [
    ...wrapped(`required ${requiredText(columns)}`),
    ...(optional.length > 0 ? wrapped(`optional ${optional.join(', ')}`) : []),
    ...notes,
  ]
  return words.map((line, i) =>
    i === 0 ? `${`${kind} FILE.csv`.padEnd(INDENT.length - 2)}  ${line}` : `${INDENT}${line}`,
  )
}

/** `text` in lines that fit beside the indent, broken after a comma or a space. */
function wrapped(text: string): string[] {
  const room = WIDTH - INDENT.length
  const lines: string[] = []
  let rest = text
  while (rest.length > room) {
    const cut = Math.max(rest.lastIndexOf(',', room - 1), rest.lastIndexOf(' ', room - 1))
    if (cut <= 0) break
    lines.push(rest.slice(0, cut + 1).trimEnd())
    rest = rest.slice(cut + 1).trimStart()
  }
  return [...lines, rest]
}
