/** The one way to turn anything thrown into the text a log line, an Event or a status carries. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
