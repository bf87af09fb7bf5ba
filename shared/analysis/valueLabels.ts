// How an attribute's values are named where a researcher picks or reads them (the document filter's
// choices, the columns of Retrieve and Compare and the group labels their exports write). Values are
// typed: the number 2017 and the text "2017" are two values (an attribute typed differently over
// time, or filled from a spreadsheet and another tool), and two choices both reading "2017" cannot be
// told apart. Only where such a clash exists does a label name its type; elsewhere it stays the value.
import type { AttributeValue } from '../model';
import { attributeValueKey, NO_VALUE_LABEL } from '../library/documentFilter';

/**
 * The type a value is stored as, named as the attribute editor names types (in lower case). A date is
 * stored as its ISO text, so a date and a text that read the same are one value and never clash.
 */
function typeName(value: string | number | boolean): string {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'yes/no' : 'text';
}

/** A value as written, "(no value)" for none. */
export function plainValueLabel(value: AttributeValue | undefined): string {
  const key = attributeValueKey(value);
  return key === 'none' ? NO_VALUE_LABEL : String(value);
}

/**
 * The label of each of `values` (one attribute's distinct values), by attributeValueKey: the value as
 * written, and where another value reads the same, its type after it ("2017 (number)", "2017 (text)",
 * "true (yes/no)"). "(no value)" keeps its label: a text that reads "(no value)" is the one marked.
 */
export function attributeValueLabels(values: readonly AttributeValue[]): Map<string, string> {
  const keysByLabel = new Map<string, Set<string>>();
  for (const value of values) {
    const label = plainValueLabel(value);
    let keys = keysByLabel.get(label);
    if (!keys) keysByLabel.set(label, (keys = new Set()));
    keys.add(attributeValueKey(value));
  }
  const labels = new Map<string, string>();
  for (const value of values) {
    const label = plainValueLabel(value);
    const clashes = keysByLabel.get(label)!.size > 1;
    labels.set(attributeValueKey(value), clashes && value !== null && value !== '' ? `${label} (${typeName(value)})` : label);
  }
  return labels;
}
