import { useCallback, useRef, useState } from 'react'
import { today } from '../../shared/dates'
import { asRpcError, type RpcError } from '../api/rpc-error'
import { useFieldFocus } from './use-form-keys'

/** What a document form says after a save or a post, or why it could not. */
export type FormNotice<Ref> =
  | { tone: 'success'; kind: 'posted'; ref: Ref }
  | { tone: 'success'; kind: 'saved' }
  | { tone: 'error'; message: string }

/** A draft read for sending: the input (and which row each line came from), or what is wrong. */
export type ReadDraft<Input, Problem> =
  | { ok: true; input: Input; lineKeys: readonly string[] }
  | { ok: false; problems: Readonly<Record<string, Problem>> }

/**
 * The state every document form with a line grid keeps: the draft as typed (lines keyed so a row
 * keeps its identity while others come and go), the saved draft's id, errors by field name
 * (`date`, `lines.<key>.<column>`), the notice, whether a request is out, and where the cursor is.
 */
export function useFormLines<
  Draft extends { date: string; lines: Line[] },
  Column extends string,
  Ref,
  Line extends { key: string } = Draft['lines'][number],
>(setup: {
  /** Row keys are this and a count: `l1`, `l2`… */
  keyPrefix: string
  emptyDraft: (date: string, nextKey: () => string) => Draft
  blankLine: (key: string) => Line
  lineField: (key: string, column: Column) => string
  parseLineField: (field: string) => { key: string; column: Column } | null
  /** Where the cursor goes in a new line. */
  newLineColumn: Column
  /** Where the cursor starts, and goes back to when the form starts over. */
  firstField: string
  /** The form's field for the engine's (which names lines by their index in what was sent). */
  engineField: (field: string, lineKeys: readonly string[]) => string
}) {
  const { keyPrefix } = setup
  const keys = useRef(0)
  const nextKey = useCallback(() => `${keyPrefix}${++keys.current}`, [keyPrefix])
  const [draft, setDraft] = useState<Draft>(() => setup.emptyDraft(today(), nextKey))
  const [draftId, setDraftId] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<FormNotice<Ref> | null>(null)
  const [busy, setBusy] = useState(false)
  const { rootRef, focus } = useFieldFocus(setup.firstField)

  /** Typing in a field clears its error, and the whole-entry one (it may no longer hold). */
  const clearError = (...fields: string[]) =>
    setErrors((current) => {
      if (!fields.some((field) => field in current) && !('lines' in current)) return current
      const rest = { ...current }
      for (const field of [...fields, 'lines']) delete rest[field]
      return rest
    })
  const updateLine = (key: string, update: (line: Line) => Line) =>
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((line) => (line.key === key ? update(line) : line)),
    }))
  const addLine = () => {
    const line = setup.blankLine(nextKey())
    setDraft((current) => ({ ...current, lines: [...current.lines, line] }))
    focus(setup.lineField(line.key, setup.newLineColumn))
  }
  /** The last line goes blank rather than away: a document always has a line to type in. */
  const removeLine = (key: string) =>
    setDraft((current) => {
      const lines = current.lines.filter((line) => line.key !== key)
      return { ...current, lines: lines.length > 0 ? lines : [setup.blankLine(nextKey())] }
    })
  /** Ctrl+Delete: the line the cursor is in goes; the cursor to the same cell in the next line. */
  const removeFocusedLine = () => {
    const field = (document.activeElement as HTMLElement | null)?.dataset?.field ?? ''
    const at = setup.parseLineField(field)
    if (!at) return
    const index = draft.lines.findIndex((line) => line.key === at.key)
    removeLine(at.key)
    const neighbour = draft.lines[index + 1] ?? draft.lines[index - 1]
    if (neighbour) focus(setup.lineField(neighbour.key, at.column))
  }

  /** Errors by field under their cells, the cursor at the first. */
  const showErrors = (byField: Record<string, string>) => {
    setErrors(byField)
    const first = Object.keys(byField)[0]
    if (first && first !== 'lines') focus(first)
  }
  /** The engine's refusal: under the fields it names, or as a notice when it names none. */
  const showEngineError = (error: RpcError, lineKeys: readonly string[]) => {
    const problems = error.fieldProblems
    if (problems.length === 0) return setNotice({ tone: 'error', message: error.message })
    const byField: Record<string, string> = {}
    for (const problem of problems)
      byField[setup.engineField(problem.field, lineKeys)] ??= problem.message
    showErrors(byField)
  }
  /**
   * Save or post: nothing while a request is out; the draft's own problems in words under their
   * cells, else `request` with the input, and the engine's refusal under the fields it names.
   */
  const send = async <Input, Problem>(
    read: ReadDraft<Input, Problem>,
    problemText: (problem: Problem) => string,
    request: (input: Input) => Promise<void>,
  ) => {
    if (busy) return
    setNotice(null)
    if (!read.ok) {
      const byField: Record<string, string> = {}
      for (const [field, problem] of Object.entries(read.problems))
        byField[field] = problemText(problem)
      return showErrors(byField)
    }
    setBusy(true)
    try {
      await request(read.input)
    } catch (caught) {
      showEngineError(asRpcError(caught), read.lineKeys)
    } finally {
      setBusy(false)
    }
  }
  /** A fresh document on the same date, as after a post or Clear. */
  const startOver = (next: FormNotice<Ref> | null) => {
    setDraft(setup.emptyDraft(draft.date, nextKey))
    setDraftId(undefined)
    setErrors({})
    setNotice(next)
    focus(setup.firstField)
  }

  return {
    rootRef,
    focus,
    nextKey,
    draft,
    setDraft,
    draftId,
    setDraftId,
    errors,
    setErrors,
    clearError,
    notice,
    setNotice,
    busy,
    updateLine,
    addLine,
    removeLine,
    removeFocusedLine,
    send,
    startOver,
  }
}
