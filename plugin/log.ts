/**
 * Structured JSON logs, one object per line on stderr. Every line about a pod, claim or device
 * carries those as fields (pod, podUid, claim, claimUid, device) so a node operator can grep
 * one of them and see the whole story.
 */
export type LogFields = Record<string, unknown>;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const severity: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(severity, value);
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger whose every line also carries these fields. */
  with(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Lines below this level are not written; info by default. */
  level?: LogLevel;
  write?: (line: string) => void;
}

export function createLogger(base: LogFields = {}, options: LoggerOptions = {}): Logger {
  const minimum = severity[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (severity[level] < minimum) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields }, errorReplacer));
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    with: (fields) => createLogger({ ...base, ...fields }, options),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { message: value.message, ...(('code' in value) ? { code: value.code } : {}) } : value;
}
