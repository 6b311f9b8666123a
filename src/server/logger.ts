import { pino, type Logger } from 'pino';

/** Structured JSON logs on stderr (stdout stays free for command output). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'news-kg' } }, pino.destination(2));
}
