/**
 * A local SMTP server for development and tests: accepts every message, keeps it in memory and,
 * with a mail folder, writes each one there as <n>.json (parsed) and <n>.eml (as received), so
 * another process (the end-to-end tests) can read what was sent. Never used in production.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** 1, 2, 3, … in the order the server received them. */
  seq: number;
  from: string;
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: string;
}

export interface DevSmtp {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  messages(): ReceivedMail[];
  /** The first message (already received or still to come) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface DevSmtpOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Emptied at start, then gets every message as <seq>.json and <seq>.eml. */
  mailDir?: string;
  onMail?: (mail: ReceivedMail) => void;
}

function addressText(a: AddressObject | AddressObject[] | undefined): string {
  if (!a) return '';
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ');
}

export async function startDevSmtp(opts: DevSmtpOptions = {}): Promise<DevSmtp> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();
  if (opts.mailDir) {
    rmSync(opts.mailDir, { recursive: true, force: true });
    mkdirSync(opts.mailDir, { recursive: true });
  }

  const server = new SMTPServer({
    // Plain SMTP on localhost: no TLS to configure, no accounts.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const mail: ReceivedMail = {
              seq: received.length + 1,
              from: addressText(parsed.from),
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              attachments: parsed.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content.toString('utf8'),
              })),
              receivedAt: new Date().toISOString(),
            };
            received.push(mail);
            if (opts.mailDir) {
              const base = path.join(opts.mailDir, String(mail.seq).padStart(4, '0'));
              writeFileSync(`${base}.eml`, raw);
              // Renamed into place, so a reader never sees half a file.
              writeFileSync(`${base}.tmp`, JSON.stringify(mail, null, 2));
              renameSync(`${base}.tmp`, `${base}.json`);
            }
            opts.onMail?.(mail);
            for (const waiter of waiters) waiter(mail);
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages: () => [...received],
    waitFor(match, timeoutMs = 5000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching e-mail within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (mail: ReceivedMail) => {
          if (!match(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** For another process (end-to-end tests): every message a dev SMTP wrote to its mail folder. */
export function readMailDir(mailDir: string): ReceivedMail[] {
  let names: string[];
  try {
    names = readdirSync(mailDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(mailDir, n), 'utf8')) as ReceivedMail);
}

/** Polls a mail folder until a message matches; for tests in a process other than the server's. */
export async function waitForMailInDir(
  mailDir: string,
  match: (mail: ReceivedMail) => boolean,
  timeoutMs = 10_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readMailDir(mailDir).find(match);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no matching e-mail in ${mailDir} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
