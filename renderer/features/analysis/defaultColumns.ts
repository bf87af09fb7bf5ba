// Which attribute Compare divides the documents by before the researcher chooses: the one they most
// likely compare by. The rule: an attribute whose values split the documents into 2 to 8 groups
// (a comparison needs two groups; more than eight is an identifier, a date or a free note, not a
// grouping), preferring a name like `leaning`, `orientation`, `stance`, `party` or `outlet type`
// (what framing studies compare by), then the fewest documents without a value, then the fewest
// groups, then the name. When no attribute qualifies, the first one; with none at all, single documents.
import type { AttributeOptions } from '../../../shared/library/documentFilter';

const COMPARED_BY = /lean|orient|stance|ideolog|party|partisan|politic|side|camp|type|kind|group|source/i;
const GROUPS = { fewest: 2, most: 8 };

export function defaultColumnsAttribute(attributes: readonly AttributeOptions[]): string | null {
  const candidates = attributes
    .map((attribute) => {
      const valued = attribute.values.filter((v) => v.value !== null);
      const missing = attribute.values.filter((v) => v.value === null).reduce((sum, v) => sum + v.documents, 0);
      return { name: attribute.name, groups: valued.length, missing, preferred: COMPARED_BY.test(attribute.name) };
    })
    .filter((a) => a.groups >= GROUPS.fewest && a.groups <= GROUPS.most)
    .sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.missing - b.missing || a.groups - b.groups || a.name.localeCompare(b.name));
  return candidates[0]?.name ?? attributes[0]?.name ?? null;
}
