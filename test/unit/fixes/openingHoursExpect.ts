// What the opening-hours converter tests expect of a text: a value (the library accepts it without warning), the
// same hours as an expected value, a value marked for review, or a refusal.
import { strict as assert } from 'node:assert';
import { openingHoursProblem, parseOpeningHoursFr, sameOpeningHours } from '../../../server/src/engine/fixes/openingHours';

export function value(input: string): string {
  const result = parseOpeningHoursFr(input);
  assert.ok(result.ok, `${input}: ${JSON.stringify(result)}`);
  assert.equal(openingHoursProblem(result.value), undefined, result.value);
  return result.value;
}

/** The value means the same hours as `expected` over a whole year (however it is written). */
export function means(input: string, expected: string): void {
  const got = value(input);
  assert.ok(sameOpeningHours(got, expected), `${input}: got ${got}, expected ${expected}`);
}

/** A value that asks for a look before it is applied. */
export function reviewed(input: string): string {
  const got = value(input);
  assert.equal((parseOpeningHoursFr(input) as { confidence: string }).confidence, 'review', `${input}: set aside words must ask for a look`);
  return got;
}

/** No value; the reason's detail (the words not understood, or a short key). */
export function refused(input: string): string | undefined {
  const result = parseOpeningHoursFr(input);
  assert.ok(!result.ok, `${input} should not be converted, got ${JSON.stringify(result)}`);
  return result.detail;
}
