import { z } from 'zod';
import { foldText } from './fold';

/** The legal forms official reports count participants by. */
export const UnitType = z.enum(['company', 'cooperative', 'household', 'facility']);
export type UnitType = z.infer<typeof UnitType>;
export const UNIT_TYPES = UnitType.options;

/** Prefixes of legal names, folded, longest first within each form. */
const PREFIXES: [string, UnitType][] = [
  ['chi nhanh cong ty', 'company'],
  ['cong ty', 'company'],
  ['cty', 'company'],
  ['ctcp', 'company'],
  ['tnhh', 'company'],
  ['doanh nghiep tu nhan', 'company'],
  ['dntn', 'company'],
  ['tap doan', 'company'],
  ['lien hiep hop tac xa', 'cooperative'],
  ['hop tac xa', 'cooperative'],
  ['htx', 'cooperative'],
  ['to hop tac', 'cooperative'],
  ['ho kinh doanh', 'household'],
  ['hkd', 'household'],
  ['ho san xuat', 'household'],
  ['co so san xuat', 'facility'],
  ['co so', 'facility'],
  ['cssx', 'facility'],
  ['lang nghe', 'facility'],
  ['xuong', 'facility'],
];

/** The form a legal name announces ("Hợp tác xã Nước mắm Cát Hải" → cooperative), or null when it says none. */
export function unitTypeFromName(legalName: string): UnitType | null {
  const name = foldText(legalName).replace(/[.,]/g, ' ').replace(/\s+/g, ' ');
  for (const [prefix, type] of PREFIXES) if (name === prefix || name.startsWith(`${prefix} `)) return type;
  return null;
}
