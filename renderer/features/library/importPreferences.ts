// The import preferences, kept in the registry (they belong to the installation, not to a project),
// and the largest file to import as a person types it. The limits themselves are
// shared/library/fileSizeLimits.ts's.
import { DEFAULT_MAX_FILE_MEGABYTES, LARGEST_MAX_FILE_MEGABYTES } from '../../../shared/library/fileSizeLimits';
import { getSetting, setSetting, type RegistryDatabase } from '../../db/registry';

const MAX_FILE_MEGABYTES = 'import.maxFileMegabytes';

/** Below a megabyte every real document would be refused; and main takes the limit in whole bytes. */
export const SMALLEST_MAX_FILE_MEGABYTES = 1;

/** A limit the dialog accepts and the import can send to main: the one test of both. */
export function isMaxFileMegabytes(value: unknown): value is number {
  return typeof value === 'number' && value >= SMALLEST_MAX_FILE_MEGABYTES && value <= LARGEST_MAX_FILE_MEGABYTES;
}

/** The stored limit; anything else stored there (an older version's, a damaged entry) gives the default. */
export async function maxFileMegabytes(registry: RegistryDatabase): Promise<number> {
  const stored = await getSetting<unknown>(registry, MAX_FILE_MEGABYTES);
  return isMaxFileMegabytes(stored) ? stored : DEFAULT_MAX_FILE_MEGABYTES;
}

export function setMaxFileMegabytes(registry: RegistryDatabase, megabytes: number): Promise<void> {
  return setSetting(registry, MAX_FILE_MEGABYTES, megabytes);
}

export type TypedMegabytes = { megabytes: number; problem?: never } | { problem: string; megabytes?: never };

/**
 * The limit typed in the dialog. Spaces are ignored wherever they are (a space, no-break or thin,
 * between thousands). Either mark is a decimal point ("2,5" as "2.5"), unless it can only be grouping
 * thousands in the window's language ("1,500" in English, "1.500" in German); with both marks, the
 * last is the decimal. `decimalSeparator` is the language's (the default), a parameter for the tests.
 */
export function readTypedMegabytes(typed: string, decimalSeparator = languageDecimalSeparator()): TypedMegabytes {
  const figure = typed.replace(/\s/g, '');
  if (figure === '') return { problem: 'Type the largest size of a file to import, in megabytes.' };
  const plain = asPlainDecimal(figure, decimalSeparator);
  if (plain === null || !/^(\d+\.?\d*|\.\d+)$/.test(plain)) return { problem: 'Type the size as a number of megabytes, such as 50 or 2.5.' };
  const megabytes = Number(plain);
  if (megabytes < SMALLEST_MAX_FILE_MEGABYTES) return { problem: `At least ${SMALLEST_MAX_FILE_MEGABYTES} MB.` };
  if (megabytes > LARGEST_MAX_FILE_MEGABYTES) return { problem: `At most ${LARGEST_MAX_FILE_MEGABYTES} MB: Framewise cannot read a larger file in one piece.` };
  return { megabytes };
}

/** The figure with a point as its only mark, if any; null when its marks make no number. */
function asPlainDecimal(figure: string, decimalSeparator: string): string | null {
  const marks = [...new Set(figure.match(/[.,]/g) ?? [])];
  if (marks.length === 0) return figure;
  // Both: the last mark is the decimal one, the other groups thousands.
  const decimal = marks.length === 2 ? figure[Math.max(figure.lastIndexOf(','), figure.lastIndexOf('.'))]! : marks[0]!;
  const grouping = decimal === ',' ? '.' : ',';
  if (marks.length === 1 && decimal !== decimalSeparator && new RegExp(`^\\d{1,3}(\\${decimal}\\d{3})+$`).test(figure)) return figure.replaceAll(decimal, '');
  const whole = figure.replaceAll(grouping, '');
  return whole.split(decimal).length > 2 ? null : whole.replace(decimal, '.');
}

function languageDecimalSeparator(): string {
  return new Intl.NumberFormat().formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}
