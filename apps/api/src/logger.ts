import pino, { type DestinationStream } from 'pino';

/**
 * Structured logs. Redaction is a second fence: code never logs national ids, and these paths
 * catch the common ways one could slip in.
 */
export function createLogger(level: string, destination?: DestinationStream) {
  return pino(
    {
      level,
      redact: {
        paths: [
          // Not a top-level 'pid': that is pino's process id.
          'nationalId',
          '*.nationalId',
          '*.pid',
          'req.headers.cookie',
          'headers.cookie',
        ],
        censor: '[skjult]',
      },
    },
    destination,
  );
}
