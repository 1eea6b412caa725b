/**
 * One table of named entries from per-lesson tables. Names are global: a name two lessons both
 * define is an error, not a silent override.
 */
export function mergeTables<T>(what: string, perLesson: Record<string, Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [lesson, table] of Object.entries(perLesson)) {
    for (const [name, entry] of Object.entries(table)) {
      if (name in out) throw new Error(`${what} "${name}" is defined twice (again in ${lesson})`);
      out[name] = entry;
    }
  }
  return out;
}
