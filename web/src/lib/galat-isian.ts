/**
 * The field errors of a failed check with one of the domain's schemas, keyed like the server's
 * `fields` ('items.0.jp', or under a prefix: 'rencana.tindakan.0.tenggat'), the first message of
 * each field kept — so a form shows its own check and the server's on the same fields.
 */
export function galatIsian(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>, prefix?: string): Record<string, string> {
  const g: Record<string, string> = {};
  for (const issue of issues) g[[...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.')] ??= issue.message;
  return g;
}
