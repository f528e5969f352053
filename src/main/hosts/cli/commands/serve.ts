import { openCompany } from '../../../engine/company/company-file'
import { EngineSession } from '../../../engine/session/engine-session'
import { startHttpHost } from '../../http/start-http-host'
import { parseCommandArgs, positionals, UsageError, type Command } from '../command'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve Daftar to a browser on this computer',
  usage: 'daftar serve [--db FILE] [--port N] [--host 127.0.0.1]',
  details: [
    '--db FILE   the company to open; without it the browser starts at the first-run screen',
    '--port N    the port (default: any free one)',
    '--host H    the address to listen on (default 127.0.0.1, this computer only)',
    'Stop it with Ctrl+C.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
    })
    positionals(this, given, [])
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new UsageError(`--port ${values.port} is not a port number (0-65535)`, this.usage)
    const session = new EngineSession()
    try {
      if (values.db) session.adopt(await openCompany(values.db))
      const host = await startHttpHost({ session, port, host: values.host })
      const company = session.company?.settings().name
      io.out(`Daftar is serving ${company ?? 'the first-run screen'} at ${host.url}\n`)
      io.out('Press Ctrl+C to stop.\n')
      await stopSignal()
      await host.close()
    } finally {
      session.close()
    }
    return 0
  },
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
