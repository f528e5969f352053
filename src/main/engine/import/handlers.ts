// PLACEHOLDER: the import helper replaces this file with real handlers.
import type { HandlerMap } from '../rpc/handler'

const notYet = (): never => {
  throw new Error('imports not built yet')
}

export const importHandlers: HandlerMap<'import.accounts' | 'import.journal'> = {
  'import.accounts': notYet,
  'import.journal': notYet,
}
