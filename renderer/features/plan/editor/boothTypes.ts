import type { Booth, BoothType } from '../../../../shared/model/plan';

// One rule for booth type, from the plan core: the editor, pricing and print agree.
export { derivedTypes } from '../../../../shared/plan/boothType';

/** The type a booth has: the organizer's override, else the derived one. */
export function boothType(booth: Booth, derived: ReadonlyMap<string, BoothType>): BoothType {
  return booth.typeOverride ?? derived.get(booth.id) ?? 'island';
}
