import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

/** A real SMTP server on 127.0.0.1 that keeps every message it accepted, parsed. */
export interface TestSmtpServer {
  port: number
  received: ParsedMail[]
  close(): Promise<void>
}

export async function startSmtpServer(
  options: { port?: number; auth?: { user: string; pass: string }; beforeAccept?: () => void } = {},
): Promise<TestSmtpServer> {
  const received: ParsedMail[] = []
  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) callback(null, { user: auth.username })
      else callback(new Error('Identifiants refusés'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail)
          // What the test does once the message is whole on the server, before the client hears « 250 ».
          options.beforeAccept?.()
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  }
  const server = new SMTPServer(serverOptions)
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
