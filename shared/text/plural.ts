// "1 coding", "2 codings": a count with its noun, singular for one.
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : pluralForm}`;
}
