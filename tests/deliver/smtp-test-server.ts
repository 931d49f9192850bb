import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 for the tests: what it received, and how it misbehaves. */
export interface TestSmtpServer {
  readonly port: number;
  /** Each message accepted: the envelope and the raw bytes. */
  readonly received: { from: string; to: string[]; raw: Buffer }[];
  /** When each message was begun (MAIL FROM), accepted or not: a stopped run begins none after it is stopped. */
  readonly begun: number[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Accepted credentials; without them no sign-in is needed. */
  readonly auth?: { readonly user: string; readonly password: string };
  /** Recipients refused at RCPT TO with a 550. */
  readonly refuse?: readonly string[];
  /** Recipients whose message makes the server drop the connection in the middle of DATA. */
  readonly dropOn?: readonly string[];
  /** Milliseconds to wait before accepting each message, so that sending takes a while. */
  readonly acceptDelayMs?: number;
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: TestSmtpServer['received'] = [];
  const begun: number[] = [];
  const server: SMTPServer = new SMTPServer({
    secure: false,
    disabledCommands: options.auth === undefined ? ['STARTTLS', 'AUTH'] : ['STARTTLS'],
    authOptional: options.auth === undefined,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.password;
      // A careless server that quotes the password back: it must still never be printed.
      callback(ok ? null : new Error(`Invalid login for ${auth.username ?? ''} with ${auth.password ?? ''}`), ok ? { user: auth.username } : undefined);
    },
    onMailFrom(_address, _session, callback) {
      begun.push(Date.now());
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address) === true) {
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      if (to.some((address) => options.dropOn?.includes(address) === true)) {
        for (const connection of server.connections) if (connection.id === session.id) connection._socket.destroy();
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        setTimeout(() => {
          received.push({ from, to, raw: Buffer.concat(chunks) });
          callback(null, 'OK queued as test');
        }, options.acceptDelayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, begun, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A server that accepts connections and hangs up at once, as a failing relay does. */
export async function startHangingUpServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.end('421 4.3.2 Service shutting down\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
